using Dashboard.Analysis.Corpus;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// The figures the analysis reached on the part of the gold corpus never tuned on, as the Method page quotes them.
/// Written by <c>dashboard evaluate --write-quality</c>; a test checks that the stored file is the current analysis's,
/// so the page never quotes figures of another version.
/// </summary>
public sealed record MeasuredQuality(
    string AnalysisVersion,
    string Part,
    int Documents,
    double LocalityProvince,
    double LocalityExact,
    double DateRight,
    double IndustryPrecision,
    double IndustryRecall)
{
    public string About { get; init; } =
        "Figures of the analysis version named here on the test part of tests/corpus (never tuned on), quoted by the Method page. Written by `dashboard evaluate --write-quality src/Dashboard.Analysis/Data/measured-quality.json`; do not edit by hand.";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "analysis", "measured-quality.json");

    /// <summary>The figures of <paramref name="part"/>, rounded to the tenth of a percent they are shown with.</summary>
    public static MeasuredQuality From(PartScores part, AnalysisVersions versions) => new(
        versions.Analysis,
        part.Part,
        part.Documents,
        Round(part.LocalityProvinceRate),
        Round(part.LocalityExactRate),
        Round(part.DateRightRate),
        Round(part.IndustryPrecision),
        Round(part.IndustryRecall));

    /// <summary>The stored figures, or null when the file is missing or unreadable (the page then quotes none).</summary>
    public static MeasuredQuality? TryLoad(string? path = null)
    {
        try
        {
            return JsonSerializer.Deserialize<MeasuredQuality>(File.ReadAllText(path ?? DefaultPath), Json);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    private static double Round(double rate) => Math.Round(rate, 3, MidpointRounding.AwayFromZero);
}
