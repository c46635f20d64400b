using System.Text.Json;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Localisation;

namespace Dashboard.Web.Components.Pages.Reports;

/// <summary>A plotly figure (data and layout) as JSON, with its fixed size on paper.</summary>
public sealed record ReportChartSpec(string Json, int Width, int Height)
{
    /// <summary>The printable width of A4 with the report's margins, in CSS pixels (180 mm).</summary>
    public const int PageWidth = 680;

    private static readonly string[] Patterns = ["", "/", "x", ".", "\\", "+", "-", "|"];

    /// <summary>Grouped bars: one group of bars per theme, one bar per compared group, per 1,000 words.</summary>
    public static ReportChartSpec ThemeProfiles(ReportModel model, Dashboard.Analysis.Themes.ThemeTaxonomy taxonomy, string axis)
    {
        var themes = model.Comparison.ThemeIds.Select(id => taxonomy.Find(id)).OfType<Dashboard.Analysis.Themes.Theme>().ToList();
        var data = model.Comparison.Groups.Select((g, i) => new Dictionary<string, object?>
        {
            ["type"] = "bar",
            ["name"] = DisplayNames.PlaceShort(g.Name, g.EnglishName),
            ["x"] = themes.Select(DisplayNames.ThemeShort).ToList(),
            ["y"] = g.Themes.Where(c => themes.Any(t => t.Id == c.ThemeId)).Select(c => Math.Round(c.PerThousandTokens, 2)).ToList(),
            ["marker"] = Marker(i),
        }).ToList();
        // Twenty themes on 180 mm: upright labels of at most two lines, as on the dashboard.
        var labels = themes.Select(DisplayNames.ThemeShort).ToList();
        var layout = Layout(axis, 460);
        layout["barmode"] = "group";
        layout["xaxis"] = new Dictionary<string, object?>
        {
            ["tickangle"] = -90,
            ["automargin"] = true,
            ["tickmode"] = "array",
            ["tickvals"] = labels,
            ["ticktext"] = labels.Select(l => ChartLabels.Wrap(l, ChartLabels.VerticalLineLength)).ToList(),
        };
        return new ReportChartSpec(Serialise(data, layout), PageWidth, 460);
    }

    /// <summary>Stacked horizontal bars: one bar per group, segments by instrument category as shares of its clauses.</summary>
    public static ReportChartSpec InstrumentMix(ReportModel model, IReadOnlyList<Dashboard.Analysis.Instruments.InstrumentCategory> categories, string axis)
    {
        var groups = model.Comparison.Groups;
        var data = categories.Select((c, i) => new Dictionary<string, object?>
        {
            ["type"] = "bar",
            ["orientation"] = "h",
            ["name"] = DisplayNames.Category(c),
            ["y"] = groups.Select(g => DisplayNames.PlaceShort(g.Name, g.EnglishName)).ToList(),
            ["x"] = groups.Select(g => Share(model, g.Token, c.Id)).ToList(),
            ["marker"] = Marker(i),
        }).ToList();
        var height = Math.Max(220, 130 + (40 * groups.Count));
        var layout = Layout(null, height);
        layout["barmode"] = "stack";
        layout["xaxis"] = new Dictionary<string, object?> { ["title"] = new { text = axis }, ["range"] = new[] { 0, 100 } };
        layout["yaxis"] = new Dictionary<string, object?> { ["autorange"] = "reversed", ["automargin"] = true };
        return new ReportChartSpec(Serialise(data, layout), PageWidth, height);
    }

    private static double Share(ReportModel model, string token, string categoryId)
    {
        var counts = model.GroupInstruments.GetValueOrDefault(token);
        var total = counts?.Values.Sum() ?? 0;
        return total == 0 ? 0 : Math.Round(100.0 * counts!.GetValueOrDefault(categoryId) / total, 1);
    }

    // Okabe–Ito colours with fill patterns, so bars stay apart in black-and-white print.
    private static Dictionary<string, object?> Marker(int i) => new()
    {
        ["color"] = ChartPalette.Category(i),
        ["line"] = new { color = "#000", width = 0.6 },
        ["pattern"] = new { shape = Patterns[i % Patterns.Length], fgcolor = "#000", size = 6, solidity = 0.25 },
    };

    private static Dictionary<string, object?> Layout(string? yTitle, int height) => new()
    {
        ["width"] = PageWidth,
        ["height"] = height,
        ["margin"] = new { t = 40, b = 40, l = 60, r = 10 },
        ["font"] = new { family = "Noto Sans CJK SC, Noto Sans, sans-serif", size = 11, color = "#000" },
        ["legend"] = new { orientation = "h", x = 0, y = 1.12, yanchor = "bottom" },
        ["yaxis"] = yTitle is null ? null : new { title = new { text = yTitle }, automargin = true, gridcolor = "#bbb" },
        ["paper_bgcolor"] = "#fff",
        ["plot_bgcolor"] = "#fff",
        ["showlegend"] = true,
    };

    private static string Serialise(object data, Dictionary<string, object?> layout)
    {
        return JsonSerializer.Serialize(new { data, layout }, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    }
}
