namespace Dashboard.Analysis.Places;

/// <summary>
/// How sure a detected locality must be to be stored as fact. Below <see cref="Confirmed"/>, imports store it as a
/// suggestion for an editor to confirm, and the dashboard marks the document. The threshold comes from the gold
/// corpus's calibration (`dashboard evaluate`, README "How good is the analysis"): detections below it were exact
/// markedly less often, and held the wrong places.
/// </summary>
public static class LocalityConfidence
{
    public const double Confirmed = 0.5;

    public static bool IsSuggestion(double confidence) => confidence < Confirmed;
}
