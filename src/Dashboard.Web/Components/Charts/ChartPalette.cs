namespace Dashboard.Web.Components.Charts;

/// <summary>
/// Colours readable by colour-blind readers and in black-and-white print: Okabe–Ito for categories (paired with
/// bar patterns when printed), viridis for magnitudes, blue–vermilion for two-sided scales.
/// </summary>
public static class ChartPalette
{
    public static IReadOnlyList<string> Categories { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>Bar fill patterns, one per category colour, so series stay apart in grey print.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["", "/", "x", ".", "\\", "+", "-", "|"];

    public const string SequentialScale = "Viridis";

    public const string SideA = "#0072B2";

    public const string SideB = "#D55E00";

    public static string Category(int index) => Categories[index % Categories.Count];

    public static string Pattern(int index) => Patterns[index % Patterns.Count];
}
