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

    /// <summary>Where the span ends without trailing white space, punctuation and 等.</summary>
    public static int TrimEnd(TaggedSentence sentence, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(sentence.CharAt(end - 1)) || sentence.CharAt(end - 1) is '、' or '等'))
        {
            end--;
        }

        return end;
    }
}
