namespace Dashboard.Analysis.Documents;

/// <summary>
/// A document to analyse: its text as received, and whatever metadata is already known. Known metadata wins over
/// what the analysis detects; what is missing is detected from the text (locality, date, title).
/// </summary>
public sealed record DocumentInput(string Id, string RawText)
{
    public string? Title { get; init; }

    public string? LocalityCode { get; init; }

    /// <summary>The given locality is a detection nobody has confirmed yet (kept as a suggestion).</summary>
    public bool LocalityIsSuggestion { get; init; }

    public PolicyDate? Date { get; init; }

    public DocumentKind Kind { get; init; } = DocumentKind.Other;

    public string? Issuer { get; init; }

    public string? SourceUrl { get; init; }

    /// <summary>Marks generated test data, which must never be shown as real.</summary>
    public bool Synthetic { get; init; }
}
