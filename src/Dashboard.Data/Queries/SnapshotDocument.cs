using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Data.Store;

namespace Dashboard.Data.Queries;

/// <summary>A stored document as the dashboard's queries need it: metadata and counts, no text.</summary>
public sealed record SnapshotDocument(
    string PublicId,
    string Title,
    Division? Place,
    PolicyDate Date,
    DocumentKind Kind,
    bool Synthetic,
    int WordTokens,
    IReadOnlyDictionary<string, int> ThemeHits,
    IReadOnlyDictionary<string, int> InstrumentClauses)
{
    /// <summary>The locality is an unconfirmed suggestion (shown as such until an editor confirms it).</summary>
    public bool LocalitySuggested { get; init; }

    /// <summary>The stored analysis the counts come from (analyses never change: an edit stores a new one).</summary>
    public long AnalysisId { get; init; }

    /// <summary>Per theme mentioned, its terms' hits and its best sentences' scores; a theme is missing for analyses
    /// stored before these were kept.</summary>
    public IReadOnlyDictionary<string, ThemeInDocument> ThemeDetails { get; init; } = EmptyDetails;

    private static readonly IReadOnlyDictionary<string, ThemeInDocument> EmptyDetails = new Dictionary<string, ThemeInDocument>();
}

/// <summary>One theme in one document, as the theme page ranks it: its terms' hits and its best sentences' scores.</summary>
public sealed record ThemeInDocument(IReadOnlyList<ThemeTermHits> Terms, IReadOnlyList<KeySentenceScore> Sentences);
