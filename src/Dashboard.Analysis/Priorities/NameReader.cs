namespace Dashboard.Analysis.Priorities;

/// <summary>Reads a name backwards from where its head starts: 省级高新技术产业|开发区, 材料|实验室, 未来|产业.</summary>
internal static class NameReader
{
    /// <summary>
    /// Where the name ending at <paramref name="end"/> starts: the run of name words before it (a word running
    /// across <paramref name="end"/> counts whole), stopping at an action word, a function word, punctuation, or
    /// <paramref name="maxLength"/> characters. Verbs the action list does not hold belong to the name only when
    /// <paramref name="allowVerbs"/> (科技创新平台).
    /// </summary>
    public static int StartOfName(TaggedSentence sentence, int end, int maxLength, bool allowVerbs)
    {
        var start = end;
        for (var i = sentence.Words.Count - 1; i >= 0; i--)
        {
            var word = sentence.Words[i];
            if (word.Start >= end)
            {
                continue;
            }

            var runsAcross = word.End > end;
            var belongs = runsAcross
                || (!ActionWords.Contains(word.Word) && (word.IsNameWord || (allowVerbs && word.IsVerb)));
            if (!belongs || end - word.Start > maxLength)
            {
                break;
            }

            start = word.Start;
        }

        return start;
    }

    /// <summary>
    /// The nearest industry named before <paramref name="before"/> in the sentence (未来产业, 战略性新兴产业), which a
    /// general head in the same sentence refers to; null when the sentence names only 产业 itself.
    /// </summary>
    public static string? IndustryBefore(TaggedSentence sentence, int before)
    {
        var word = sentence.Words.LastOrDefault(w => w.End <= before && w.Word.EndsWith("产业", StringComparison.Ordinal));
        if (word is null)
        {
            return null;
        }

        var name = sentence.TextOf(StartOfName(sentence, word.Start, maxLength: 6, allowVerbs: false), word.End);
        return name.Length > "产业".Length ? name : null;
    }
}
