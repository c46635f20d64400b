namespace Dashboard.Analysis.Priorities;

/// <summary>
/// The items of a list written as A、B、C (with 和, 及, 以及 or 与 before the last, or A和B alone): where each item is,
/// trimmed, and whether together they look like names of industries rather than directions or qualities.
/// </summary>
internal static class ListItems
{
    private const int MinItemLength = 2;
    private const int MaxItemLength = 12;

    private static readonly string[] Conjunctions = ["和", "及", "以及", "与", "及其"];

    /// <summary>The top-level 、 of a span: not those inside quotes or brackets.</summary>
    public static List<int> Separators(TaggedSentence sentence, int start, int end)
    {
        var separators = new List<int>();
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            switch (sentence.CharAt(i))
            {
                case '“' or '（' or '(' or '《' or '【' or '「':
                    depth++;
                    break;
                case '”' or '）' or ')' or '》' or '】' or '」':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '、' when depth == 0:
                    separators.Add(i);
                    break;
            }
        }

        return separators;
    }

    /// <summary>
    /// The items from <paramref name="start"/> to <paramref name="end"/> at the given separators; the last is split
    /// at its last conjunction. The first item loses the verbs before it. Empty unless there are two or more.
    /// </summary>
    public static List<(int Start, int End)> Split(TaggedSentence sentence, int start, int end, IReadOnlyList<int> separators)
    {
        var spans = new List<(int Start, int End)>();
        var from = start;
        foreach (var separator in separators.Where(s => s >= start && s < end))
        {
            spans.Add((from, separator));
            from = separator + 1;
        }

        var conjunction = sentence.WordsIn(from, end)
            .LastOrDefault(w => w.Start > from && w.End < end && Conjunctions.Contains(w.Word, StringComparer.Ordinal));
        if (conjunction is not null)
        {
            spans.Add((from, conjunction.Start));
            from = conjunction.End;
        }

        spans.Add((from, end));
        if (spans.Count < 2)
        {
            return [];
        }

        spans[0] = (ItemTrimmer.TrimStart(sentence, spans[0].Start, spans[0].End), spans[0].End);
        return [.. spans.Select(s => Trim(sentence, s.Start, s.End))];
    }

    private static (int Start, int End) Trim(TaggedSentence sentence, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(sentence.CharAt(start)))
        {
            start++;
        }

        return (start, ItemTrimmer.TrimEnd(sentence, start, end));
    }

    /// <summary>
    /// Whether the items read as names: each two to twelve characters, none a phrase with 的 or a quotation, and not
    /// mostly directions (高端化、数字化) or qualities (原创性、颠覆性).
    /// </summary>
    public static bool AreNames(IReadOnlyList<string> items)
    {
        if (items.Count < 2 || items.Any(i => i.Length is < MinItemLength or > MaxItemLength || i.AsSpan().IndexOfAny("的“”《》") >= 0))
        {
            return false;
        }

        var directions = items.Count(i => i.EndsWith('化') || i.EndsWith('性'));
        return directions * 2 <= items.Count;
    }

    /// <summary>Whether a span holds no action word and no function word but a conjunction: 市工信局要强化协同推进
    /// is a clause, not a name; 生物医药及高端医疗器械 is a name.</summary>
    public static bool IsPlainName(TaggedSentence sentence, int start, int end) =>
        !sentence.WordsIn(start, end).Any(w =>
            w.Start >= start && w.End <= end
            && (ActionWords.Contains(w.Word) || (w.IsFunctionWord && !Conjunctions.Contains(w.Word, StringComparer.Ordinal) && !IsQualifyingPosition(w, end))));

    /// <summary>A one-character position word written onto the name after it (中高端消费品): part of the name.</summary>
    private static bool IsQualifyingPosition(TaggedWord word, int end) => word.Flag == "f" && word.Word.Length == 1 && word.End < end;
}
