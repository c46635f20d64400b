using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;

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
}
