using System.Globalization;
using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Evaluation;
using Dashboard.Analysis.Places;

namespace Dashboard.Web.Components.Pages.Method;

/// <summary>How each number is computed, with the versions and settings in force (read at render time).</summary>
public partial class Method
{
    private static ComparisonSettings Settings => ComparisonSettings.Default;

    private AnalysisResources Resources => Analysis.Resources;

    /// <summary>The figures measured on the gold corpus's test part, when they are those of the analysis in force
    /// (an edited vocabulary or taxonomy makes them another analysis's, and the page then quotes none).</summary>
    private MeasuredQuality? Quality { get; set; }

    private int InstrumentTypeCount => Resources.Rules.Categories.Sum(c => c.Types.Count);

    private string CoordinatesVersion
    {
        get
        {
            try
            {
                return PlaceCoordinates.LoadDefault().Version;
            }
            catch (FileNotFoundException)
            {
                return T["Method.Map.Missing"];
            }
        }
    }

    private IReadOnlyList<(string Name, string Value, string TestId)> VersionRows
    {
        get
        {
            var versions = Resources.Versions;
            return
            [
                (T["Method.Versions.Lexicon"], versions.Lexicon, "version-lexicon"),
                (T["Method.Versions.Taxonomy"], versions.Taxonomy, "version-taxonomy"),
                (T["Method.Versions.Instruments"], versions.InstrumentRules, "version-instruments"),
                (T["Method.Versions.Gazetteer"], versions.Gazetteer, "version-gazetteer"),
                (T["Method.Versions.Analysis"], versions.Analysis, "version-analysis"),
                (T["Method.Versions.Coordinates"], CoordinatesVersion, "version-coordinates"),
            ];
        }
    }

    private IReadOnlyList<(string Name, string Value, string TestId)> SettingRows =>
    [
        (T["Method.Settings.PriorStrength"], Format(Settings.PriorStrength), "setting-prior-strength"),
        (T["Method.Settings.MinimumCount"], Format(Settings.MinimumCount), "setting-minimum-count"),
        (T["Method.Settings.TopTerms"], Format(Settings.TopTerms), "setting-top-terms"),
        (T["Method.Settings.SmallGroup"], Format(Settings.SmallGroupTokens), "setting-small-group"),
    ];

    protected override void OnInitialized() =>
        Quality = MeasuredQuality.TryLoad() is { } quality && quality.AnalysisVersion == Resources.Versions.Analysis ? quality : null;

    private static string Percent(double rate) => rate.ToString("0.#%", CultureInfo.CurrentCulture);

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);
}
