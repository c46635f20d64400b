using Dashboard.Analysis.Documents;

namespace Dashboard.Analysis.Evaluation;

/// <summary>How the locality the analysis gave compares with the gold one.</summary>
public enum LocalityOutcome
{
    /// <summary>The gold locality itself.</summary>
    Exact,

    /// <summary>A division above the gold locality (its prefecture or province): right, but not as precise.</summary>
    Parent,

    /// <summary>A place that is neither the gold locality nor above it: a wrong place.</summary>
    Wrong,

    /// <summary>No locality given.</summary>
    Unknown,
}

/// <summary>How the date the analysis gave compares with the gold one.</summary>
public enum DateOutcome
{
    /// <summary>The text gives no date: not counted.</summary>
    NotGiven,
    Right,
    Wrong,
    Missing,
}

/// <summary>An industry the analysis found, with what it denotes and the sentence that says it.</summary>
public sealed record FoundIndustry(string Item, string? IndustryId, IReadOnlySet<string> Keys, string Evidence);

/// <summary>Everything the evaluation says about one gold document: what the analysis gave, and how it compares.</summary>
public sealed record DocumentVerdict(
    GoldDocument Gold,
    DetectedLocality? Locality,
    LocalityOutcome LocalityOutcome,
    PolicyDate Date,
    string? DateEvidence,
    DateOutcome DateOutcome,
    IReadOnlyList<string> GoldIndustryKeys,
    IReadOnlyList<FoundIndustry> Found,
    IReadOnlyList<string> Missed,
    IReadOnlyList<FoundIndustry> Invented,
    string Title,
    string? TitleProblem)
{
    public int Matched => GoldIndustryKeys.Count - Missed.Count;

    public bool IsRight =>
        LocalityOutcome == LocalityOutcome.Exact && DateOutcome is DateOutcome.Right or DateOutcome.NotGiven
        && Missed.Count == 0 && Invented.Count == 0 && TitleProblem is null;
}
