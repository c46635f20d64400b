using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Themes;
using Dashboard.Segmentation.Keywords;

namespace Dashboard.Analysis.Corpus;

/// <summary>Everything the analysis says about one document, as plain data: what charts, tables, reports and the
/// store draw from. Offsets in evidence refer to <see cref="NormalisedText"/> and to the original text.</summary>
public sealed record DocumentAnalysis
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string NormalisedText { get; init; }

    public PlaceRef? Locality { get; init; }

    public DetectedLocality? DetectedLocality { get; init; }

    /// <summary>The locality is a detection too uncertain to store as fact (<see cref="Places.LocalityConfidence"/>), or a
    /// suggestion kept from before: shown as "suggested, please confirm" until an editor confirms it.</summary>
    public bool LocalitySuggested { get; init; }

    public required PolicyDate Date { get; init; }

    public DetectedDate? DetectedDate { get; init; }

    public DocumentKind Kind { get; init; }

    public string? Issuer { get; init; }

    public string? SourceUrl { get; init; }

    public bool Synthetic { get; init; }

    /// <summary>Tokens that are words (not white space or punctuation): the denominator of every rate.</summary>
    public int WordTokens { get; init; }

    public required IReadOnlyList<ThemeHit> ThemeHits { get; init; }

    public required IReadOnlyList<MeasureClause> Measures { get; init; }

    public required IReadOnlyList<Priorities.Priority> Priorities { get; init; }

    /// <summary>TF-IDF keywords, as jieba.analyse gives them.</summary>
    public required IReadOnlyList<Keyword> Keywords { get; init; }

    /// <summary>Counts of content words (two characters or more, not stop words, not numbers): the input of the
    /// comparison statistics.</summary>
    public required IReadOnlyDictionary<string, int> TermCounts { get; init; }

    public required AnalysisVersions Versions { get; init; }
}
