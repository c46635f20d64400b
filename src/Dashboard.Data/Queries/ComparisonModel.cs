using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Priorities;

namespace Dashboard.Data.Queries;

/// <summary>One compared group: its documents in view, theme profile, theme × instrument counts and priorities.</summary>
public sealed record ComparisonGroup(
    ComparisonGroupRef Ref,
    string Name,
    string EnglishName,
    int Documents,
    int WordTokens,
    IReadOnlyList<ThemeCell> Themes,
    ThemeInstrumentMatrix ThemeInstruments,
    IReadOnlyList<ComparisonPriority> Priorities)
{
    public string Token => Ref.Token;
}

/// <summary>
/// A priority of a group: where several of its documents name the same item, the first is kept and
/// <see cref="Documents"/> says how many name it. Offsets point into the first document's normalised text.
/// </summary>
public sealed record ComparisonPriority(
    PriorityKind Kind,
    string Item,
    string? Head,
    string? Number,
    decimal? Quantity,
    string? Unit,
    int? Year,
    string DocumentId,
    int SentenceIndex,
    int Start,
    int Length,
    int Documents);

/// <summary>
/// One comparison of distinctive terms: side A is a group; side B another group, or (when <see cref="SideB"/> is
/// null) the rest: the other picked groups, or every other document in view when only one group is picked.
/// </summary>
public sealed record ComparisonTerms(
    string SideA,
    string? SideB,
    IReadOnlyList<DistinctiveTerm> TopA,
    IReadOnlyList<DistinctiveTerm> TopB,
    IReadOnlyList<ComparisonWarning> Warnings)
{
    public string Id => SideA + "|" + (SideB ?? "rest");
}

/// <summary>How the selection came about, so the page can explain it.</summary>
public enum ComparisonSelectionState
{
    /// <summary>The groups in the URL.</summary>
    Picked,

    /// <summary>Nothing picked: every locality in view (2 to 6 of them).</summary>
    Default,

    /// <summary>Nothing picked and too few or too many localities in view to pick for the reader.</summary>
    NeedsPicking,
}

/// <summary>
/// The compare page's numbers: the groups, their distinctive terms, similarity and warnings. Warnings name a group by
/// its token, or "rest:" and the token for the rest of a one-against-rest comparison; <see cref="SideTokens"/> holds
/// the word tokens of every side named.
/// </summary>
public sealed record ComparisonModel(
    ComparisonSelectionState Selection,
    IReadOnlyList<string> ThemeIds,
    IReadOnlyList<string> InstrumentTypeIds,
    IReadOnlyList<ComparisonGroup> Groups,
    IReadOnlyList<ComparisonGroupRef> EmptyGroups,
    IReadOnlyList<ComparisonTerms> Terms,
    SimilarityMatrix? Similarity,
    IReadOnlyList<ComparisonWarning> Warnings,
    IReadOnlyDictionary<string, long> SideTokens,
    int LocalitiesInView)
{
    public bool IsOneAgainstRest => Groups.Count == 1;

    public ComparisonGroup? Find(string token) => Groups.FirstOrDefault(g => g.Token == token);
}

/// <summary>A group the picker offers: a province or a locality of the corpus.</summary>
public sealed record ComparisonChoice(ComparisonGroupRef Ref, string Name, string EnglishName, string Pinyin);
