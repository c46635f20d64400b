using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Priorities;
using Dashboard.Segmentation.Keywords;

namespace Dashboard.Data.Queries;

/// <summary>What the document page shows: metadata, both texts with their highlights, and the analysis.</summary>
public sealed record DocumentDetail(
    DocumentMetadata Metadata,
    IReadOnlyList<TextSegment> Original,
    IReadOnlyList<DocumentSentence> Sentences,
    IReadOnlyList<DocumentThemeSummary> Themes,
    IReadOnlyList<DocumentInstrumentSummary> Instruments,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyList<Keyword> Keywords,
    DetectedLocality? DetectedLocality,
    DetectedDate? DetectedDate,
    DocumentAnalysisVersions? Versions);

/// <summary>A document's metadata as stored; what an editor can change is <see cref="DocumentMetadataEdit"/>.</summary>
public sealed record DocumentMetadata(
    string PublicId,
    string Title,
    Division? Place,
    Division? Province,
    PolicyDate Date,
    DocumentKind Kind,
    string? Issuer,
    string? SourceUrl,
    string? OriginalFileName,
    string? SourceEncoding,
    bool Synthetic,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt)
{
    /// <summary>The locality is a detection below the confidence threshold that no editor has confirmed.</summary>
    public bool LocalitySuggested { get; init; }
}

/// <summary>The versions of the data and code behind the analysis shown.</summary>
public sealed record DocumentAnalysisVersions(
    int Generation,
    DateTimeOffset AnalysedAt,
    int WordTokens,
    string Lexicon,
    string Taxonomy,
    string InstrumentRules,
    string Gazetteer,
    string Analysis);

/// <summary>How often a theme's terms occur in the document, and the distinct terms found.</summary>
public sealed record DocumentThemeSummary(string ThemeId, int Hits, IReadOnlyList<string> Terms);

/// <summary>How many measure clauses of an instrument type the document has.</summary>
public sealed record DocumentInstrumentSummary(string TypeId, string CategoryId, int Clauses);

/// <summary>A sentence of the normalised text, cut where highlights start and end. Its element id is s{Index}.</summary>
public sealed record DocumentSentence(int Index, IReadOnlyList<TextSegment> Segments)
{
    public string Text => string.Concat(Segments.Select(s => s.Text));
}

/// <summary>A stretch of text with the same highlights (none for plain text).</summary>
public sealed record TextSegment(string Text, IReadOnlyList<TextMark> Marks);

/// <summary>What a highlight marks.</summary>
public enum TextMarkKind
{
    Theme,
    Instrument,
    Priority,
}

/// <summary>One highlight: a theme's term (Id = theme id, Label = term), a measure clause (Id = instrument type,
/// Label = its category) or a priority (Id = priority kind, Label = the item).</summary>
public sealed record TextMark(TextMarkKind Kind, string Id, string Label);

/// <summary>A removed document that can still be restored.</summary>
public sealed record RemovedDocument(string PublicId, string Title, Division? Place, DateTimeOffset DeletedAt);
