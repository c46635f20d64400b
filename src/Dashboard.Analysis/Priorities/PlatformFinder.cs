namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Named platforms and places: a platform suffix with a name before it (材料实验室, 大科学装置, 科创平台, 绥化经开区,
/// 省级高新技术产业开发区), and place names the tagger knows, ending like a development area (松山湖). The name is read
/// backwards from the suffix over name words (see <see cref="NameReader"/>); with no name, or a suffix that starts a
/// longer word (理论学习中心组), there is no platform. A place followed by its role (发挥松山湖科技创新核心引擎作用)
/// gets the role as its group.
/// </summary>
internal static class PlatformFinder
{
    private const int MaxNameLength = 18;
    private const int MinStemLength = 2;
    private const int MaxRoleLength = 12;

    /// <summary>Two characters are too few: 深港 (Shenzhen and Hong Kong) is no place of its own.</summary>
    private const int MinPlaceLength = 3;

    public static IEnumerable<Finding> Find(TaggedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var suffix = PlatformWords.Suffixes.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
            if (suffix is null)
            {
                continue;
            }

            var suffixStart = sentence.Start + i;
            var end = suffixStart + suffix.Length;
            i += suffix.Length - 1;
            if (PlatformWords.Continuations.Any(c => text.AsSpan(end - sentence.Start).StartsWith(c, StringComparison.Ordinal)))
            {
                continue;
            }

            var start = NameReader.StartOfName(sentence, suffixStart, MaxNameLength - suffix.Length, allowVerbs: true);
            if (suffixStart - start >= MinStemLength)
            {
                yield return Platform(sentence, start, end, null);
            }
        }

        foreach (var word in sentence.Words.Where(IsPlace))
        {
            yield return Platform(sentence, word.Start, word.End, RoleAfter(sentence, word.End));
        }
    }

    private static bool IsPlace(TaggedWord word) =>
        word.Flag is "ns" or "nz" && word.Word.Length >= MinPlaceLength && PlatformWords.PlaceEndings.Any(e => word.Word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>发挥 X <b>科技创新核心引擎</b> 作用: what the text says the place is for.</summary>
    private static string? RoleAfter(TaggedSentence sentence, int from)
    {
        var rest = sentence.TextOf(from, sentence.End);
        var at = rest.IndexOf("作用", StringComparison.Ordinal);
        return at > 0 && at <= MaxRoleLength && !rest[..at].Any(Clause.IsBoundary) && rest[..at].All(char.IsLetterOrDigit)
            ? rest[..at]
            : null;
    }

    private static Finding Platform(TaggedSentence sentence, int start, int end, string? group) =>
        new(start, end, [new Priority(PriorityKind.Platform, sentence.TextOf(start, end), group, null, null, null, null, sentence.Sentence.Index, start, end - start)]);
}
