namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Numbered programmes written without quotation marks: 七大战新产业基地 (Number 七, Item 战新产业基地), 五大工程
/// (a bare head keeps its number in the item).
/// A numbered head that closes a list of industries (…麻纺制品六大产业集群) is that list's group, found first.
/// </summary>
internal static class NumberedProgrammeFinder
{
    public static IEnumerable<Finding> Find(TaggedSentence sentence)
    {
        foreach (var match in NumberedPhrase.FindAll(sentence.Sentence.Text))
        {
            var start = sentence.Start + match.Start;
            var end = sentence.Start + match.End;

            // A bare head is no name on its own: 五大行动 stays whole, 七大战新产业基地 is 战新产业基地.
            var nameStart = NumberedPhrase.IsHead(match.Name) ? start : end - match.Name.Length;
            var priority = new Priority(
                PriorityKind.Programme, sentence.TextOf(nameStart, end), null, match.Number, null, null, null, sentence.Sentence.Index, nameStart, end - nameStart);
            yield return new Finding(start, end, [priority]);
        }
    }
}
