namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Cuts what introduces a name from its front: the verbs, prepositions and adverbs before a list's first item
/// (着力壮大生物发酵 → 生物发酵, 在下一代移动通信 → 下一代移动通信), and white space and punctuation.
/// </summary>
internal static class ItemTrimmer
{
    /// <summary>A verb the tagger does not know as an action word is cut only if a name of four characters remains,
    /// so 节能环保 keeps 节能/v.</summary>
    private const int MinLengthAfterVerb = 4;

    /// <summary>Where the name in the span from <paramref name="start"/> to <paramref name="end"/> starts.</summary>
    public static int TrimStart(TaggedSentence sentence, int start, int end)
    {
        var words = sentence.WordsIn(start, end).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            var cut = word.IsPunctuation
                || ActionWords.Contains(word.Word)
                || (ActionWords.Adverbial.Contains(word.Word) && next is not null && (next.IsVerb || ActionWords.Contains(next.Word)))
                || word.IsFunctionWord
                || word.Flag is "m" or "q"
                || (word.IsVerb && end - word.End >= MinLengthAfterVerb);
            if (!cut)
            {
                return Math.Max(start, word.Start);
            }

            start = word.End;
        }

        return Math.Min(start, end);
    }

    /// <summary>Where the span ends without trailing white space, punctuation, 等, and a count or grade written after the
    /// name (新能源3个千亿级 → 新能源).</summary>
    public static int TrimEnd(TaggedSentence sentence, int start, int end)
    {
        while (end > start)
        {
            if (char.IsWhiteSpace(sentence.CharAt(end - 1)) || sentence.CharAt(end - 1) is '、' or '等')
            {
                end--;
                continue;
            }

            var last = sentence.WordsIn(end - 1, end).LastOrDefault();
            if (last is not null && last.Start > start && last.End == end && last.Flag is "m" or "q" or "mq" && last.Word != "零部件")
            {
                end = last.Start;
                continue;
            }

            break;
        }

        return end;
    }
}
