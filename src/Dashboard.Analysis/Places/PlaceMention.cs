namespace Dashboard.Analysis.Places;

/// <summary>
/// A place name found in a text: the divisions it can mean (several for 朝阳区), how it is used, and the span of the
/// phrase that shows it (the name, or the name with its issuing body: 东莞市委).
/// </summary>
internal sealed record PlaceMention(IReadOnlyList<Division> Divisions, MentionKind Kind, int Start, int Length, bool InLead);

/// <summary>
/// A reference to a level without a name: 全省, 我市, 本县 (scope), 省委, 市政府 (issuing body), or 全省…大会 opening a
/// clause (meeting). It supports the best candidate whose name ends in <see cref="LevelCharacter"/>.
/// </summary>
internal sealed record LevelReference(char LevelCharacter, double Weight, int Start, int Length, bool InLead);
