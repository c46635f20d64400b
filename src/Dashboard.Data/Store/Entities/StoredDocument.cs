namespace Dashboard.Data.Store.Entities;

/// <summary>A document as stored: its text as received, the normalised text, and its metadata.</summary>
public sealed class StoredDocument
{
    public long Id { get; set; }

    /// <summary>The id users and links see (seed-000_…, doc-…); stable across export and import.</summary>
    public required string PublicId { get; set; }

    public required string Title { get; set; }

    public required string RawText { get; set; }

    public required string NormalisedText { get; set; }

    /// <summary>SHA-256 of the normalised text: an exact duplicate is refused, naming the document it repeats.</summary>
    public required string ContentHash { get; set; }

    public string? LocalityCode { get; set; }

    public string? ProvinceCode { get; set; }

    /// <summary>The locality is a detection below the confidence threshold, not yet confirmed by an editor.</summary>
    public bool LocalitySuggested { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public bool YearInferred { get; set; }

    public required string Kind { get; set; }

    public string? Issuer { get; set; }

    public string? SourceUrl { get; set; }

    public string? OriginalFileName { get; set; }

    public string? SourceEncoding { get; set; }

    public bool Synthetic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when removed: the document stays restorable until it is purged.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>The document's analyses: one per generation. Queries load only the active generation's.</summary>
    public List<StoredAnalysis> Analyses { get; set; } = [];

    /// <summary>The analysis loaded with the document (the active generation's), if any.</summary>
    public StoredAnalysis? Analysis => Analyses.Count == 1 ? Analyses[0] : Analyses.OrderByDescending(a => a.Generation).FirstOrDefault();
}
