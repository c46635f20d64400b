using Dashboard.Analysis.Corpus;

namespace Dashboard.Data.Queries;

/// <summary>A source document of the report: what a reader needs to find it again.</summary>
public sealed record ReportDocument(
    string PublicId,
    string Title,
    string? LocalityCode,
    string LocalityName,
    string LocalityEnglishName,
    string Date,
    string Kind,
    string? Issuer,
    string? SourceUrl);

/// <summary>The key sentences of one theme in one group.</summary>
public sealed record ReportEvidence(string GroupToken, string ThemeId, int Total, IReadOnlyList<EvidenceSentence> Sentences);

/// <summary>How the numbers were made: versions of the data and rules, the statistic's settings, when.</summary>
public sealed record ReportMethod(
    AnalysisVersions Versions,
    string Statistic,
    double PriorStrength,
    int MinimumCount,
    int TopTerms,
    int ThemeCount,
    int InstrumentTypeCount,
    DateTimeOffset GeneratedAt);

/// <summary>
/// Everything a report draws, in one model: the corpus in view (overview), the comparison of the picked groups
/// (profiles, terms, priorities, matrices), key sentences per theme and group, the source documents and the method.
/// </summary>
public sealed record ReportModel(
    ReportRequest Request,
    OverviewModel Overview,
    ComparisonModel Comparison,
    IReadOnlyList<ReportEvidence> Evidence,
    IReadOnlyList<ReportDocument> Documents,
    ReportMethod Method)
{
    /// <summary>The compared groups' theme profiles as an overview, so the overview's charts can draw them.</summary>
    public OverviewModel GroupsOverview => new(
        Comparison.Groups.Sum(g => g.Documents),
        Comparison.Groups.Count,
        0,
        Overview.Earliest,
        Overview.Latest,
        0,
        Comparison.ThemeIds,
        [.. Comparison.Groups.Select(g => new LocalityOverview(g.Token, g.Name, g.EnglishName, g.Ref.Code, g.Documents, g.WordTokens, g.Themes, InstrumentsByCategory(g)))]);

    /// <summary>Measure clauses per instrument category of a group (counted per clause, not per theme).</summary>
    private IReadOnlyDictionary<string, int> InstrumentsByCategory(ComparisonGroup group) =>
        GroupInstruments.TryGetValue(group.Token, out var counts) ? counts : new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Clauses per instrument category for each group token.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> GroupInstruments { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
}
