namespace Dashboard.Analysis.Places;

/// <summary>A division the text points at, with the score its mentions earned (see <see cref="MentionWeights"/>).</summary>
public sealed record LocalityCandidate(Division Division, double Score);
