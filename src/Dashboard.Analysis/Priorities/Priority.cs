namespace Dashboard.Analysis.Priorities;

/// <summary>
/// One thing a document says its locality will build, with where it is said. <see cref="Start"/> and
/// <see cref="Length"/> are offsets into the normalised text (<c>AnalysedText.Text</c>) of the first occurrence and
/// cover the item (for a target: the metric through the unit); the evidence sentence is
/// <c>text.Sentences[SentenceIndex]</c>. <see cref="Occurrences"/> counts how often the same item was found.
/// </summary>
/// <param name="Group">The head the item belongs to (六大产业集群, 未来产业领域, 人才工程), or null.</param>
/// <param name="Number">A number as written: the list's count (六), a programme's code (4106), a target's amount (1000).</param>
/// <param name="Quantity">A target's amount as a value (1000 for 1000 or 一千).</param>
/// <param name="Unit">A target's unit (亿元, %, 家).</param>
/// <param name="Year">The year a target is set for (到2027年), when the sentence says.</param>
/// <param name="IndustryId">For an industry: the canonical industry of the vocabulary it denotes, or null when the
/// vocabulary does not know it (it is still reported, so the vocabulary can grow).</param>
/// <param name="IndustryCategory">The category of that industry (sei-5, fut-2, gbt-c26 …).</param>
/// <param name="SourceStart">Where the item is in the text as received.</param>
public sealed record Priority(
    PriorityKind Kind,
    string Item,
    string? Group,
    string? Number,
    decimal? Quantity,
    string? Unit,
    int? Year,
    int SentenceIndex,
    int Start,
    int Length,
    int Occurrences = 1,
    string? IndustryId = null,
    string? IndustryCategory = null,
    int SourceStart = 0,
    int SourceLength = 0)
{
    public int End => Start + Length;
}
