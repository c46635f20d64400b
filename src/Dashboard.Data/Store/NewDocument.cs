using Dashboard.Analysis.Documents;

namespace Dashboard.Data.Store;

/// <summary>A document on its way into the store, with the metadata the user confirmed.</summary>
public sealed record NewDocument(string RawText)
{
    /// <summary>The public id to use; a new one is made when null.</summary>
    public string? PublicId { get; init; }

    public string? Title { get; init; }

    public string? LocalityCode { get; init; }

    /// <summary>The given locality is an unconfirmed detection: stored as a suggestion for an editor to confirm.</summary>
    public bool LocalityIsSuggestion { get; init; }

    /// <summary>The user has confirmed that the document has no known locality.</summary>
    public bool LocalityConfirmedUnknown { get; init; }

    public PolicyDate? Date { get; init; }

    public DocumentKind Kind { get; init; } = DocumentKind.Other;

    public string? Issuer { get; init; }

    public string? SourceUrl { get; init; }

    public string? OriginalFileName { get; init; }

    public string? SourceEncoding { get; init; }

    public bool Synthetic { get; init; }

    /// <summary>When the document first entered a store (kept by a corpus import); now when null.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
