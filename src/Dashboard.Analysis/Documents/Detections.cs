namespace Dashboard.Analysis.Documents;

/// <summary>The locality the analysis proposes for a text, how sure it is, and the phrase that gave it away.</summary>
public sealed record DetectedLocality(PlaceRef Place, double Confidence, string Evidence, int Start, int Length);

/// <summary>The date the analysis found in a text and the phrase it came from.</summary>
public sealed record DetectedDate(PolicyDate Date, string Evidence, int Start, int Length, bool IsInFuture);
