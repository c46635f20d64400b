namespace Dashboard.Analysis.Comparison;

/// <summary>
/// One document's term counts: <paramref name="Counts"/> maps each counted term to its occurrences, and
/// <paramref name="TokenCount"/> is the number of counted tokens, at least the sum of <paramref name="Counts"/>
/// (it may be larger when some counted tokens are not listed as terms).
/// </summary>
public sealed record DocumentTerms(string DocumentId, IReadOnlyDictionary<string, int> Counts, int TokenCount);
