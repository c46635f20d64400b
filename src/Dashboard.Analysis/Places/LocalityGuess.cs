namespace Dashboard.Analysis.Places;

/// <summary>
/// The most specific division a document is about, as <see cref="LocalityDetector"/> reads it.
/// </summary>
/// <param name="Division">The locality: a province, prefecture or county-level division.</param>
/// <param name="Province">Its province (the division itself for a province).</param>
/// <param name="Confidence">0..1: how strong the evidence is and how little other places compete with it.</param>
/// <param name="Evidence">The phrase that gave it away, e.g. 东莞市委 or 绥化市新质生产力发展大会.</param>
/// <param name="EvidenceStart">Where <paramref name="Evidence"/> starts in the normalised text.</param>
/// <param name="EvidenceLength">Its length in UTF-16 units.</param>
/// <param name="Score">The score of <paramref name="Division"/> itself.</param>
/// <param name="Alternatives">The other candidates, best first.</param>
public sealed record LocalityGuess(
    Division Division,
    Division Province,
    double Confidence,
    string Evidence,
    int EvidenceStart,
    int EvidenceLength,
    double Score,
    IReadOnlyList<LocalityCandidate> Alternatives);
