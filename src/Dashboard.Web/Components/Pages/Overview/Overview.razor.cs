using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Localisation;

namespace Dashboard.Web.Components.Pages.Overview;

public partial class Overview
{
    private Dashboard.Analysis.Corpus.AnalysisResources Resources => Analysis.Resources;

    private OverviewModel? _model;
    private ThemeMeasure _measure = ThemeMeasure.PerThousand;

    // How many localities each chart draws: a readable chart, and a light page when hundreds are in view. The
    // tables, the CSV and the map keep them all.
    private const int BarLocalities = 12;
    private const int HeatmapLocalities = 40;
    private const int InstrumentLocalities = 25;

    private OverviewModel? _bars;
    private OverviewModel? _heatmap;
    private OverviewModel? _instruments;

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var model = await Queries.OverviewAsync(Filter, cancellationToken);
        _bars = WithMostDocuments(model, BarLocalities);
        _heatmap = WithMostDocuments(model, HeatmapLocalities);
        _instruments = WithMostDocuments(model, InstrumentLocalities);
        _model = model;
    }

    /// <summary>The <paramref name="limit"/> localities with most documents, in the model's order (province, code).</summary>
    private static OverviewModel WithMostDocuments(OverviewModel model, int limit)
    {
        if (model.Localities.Count <= limit)
        {
            return model;
        }

        var kept = model.Localities
            .OrderByDescending(l => l.Documents)
            .ThenBy(l => l.Code, StringComparer.Ordinal)
            .Take(limit)
            .Select(l => l.Code)
            .ToHashSet(StringComparer.Ordinal);
        return model with { Localities = [.. model.Localities.Where(l => kept.Contains(l.Code))] };
    }

    private string Hint(OverviewModel drawn) =>
        drawn.Localities.Count < _model!.Localities.Count
            ? L["Overview.Trimmed", drawn.Localities.Count, _model.Localities.Count] + " " + L["Chart.ClickForEvidence"]
            : L["Chart.ClickForEvidence"];

    private void ShowThemeEvidence((string LocalityCode, string ThemeId) cell)
    {
        var theme = Resources.Taxonomy.Find(cell.ThemeId);
        var locality = _model?.Localities.FirstOrDefault(l => l.Code == cell.LocalityCode);
        if (theme is null || locality is null)
        {
            return;
        }

        EvidencePanel.Show(
            $"{DisplayNames.ThemeShort(theme)} · {DisplayNames.PlaceShort(locality.Name, locality.EnglishName)}",
            new EvidenceRequest { LocalityCodes = [cell.LocalityCode], ThemeId = cell.ThemeId },
            Filter);
    }

    private void ShowInstrumentEvidence((string LocalityCode, string CategoryId) segment)
    {
        var category = Resources.Rules.Categories.FirstOrDefault(c => c.Id == segment.CategoryId);
        var locality = _model?.Localities.FirstOrDefault(l => l.Code == segment.LocalityCode);
        if (category is null || locality is null)
        {
            return;
        }

        EvidencePanel.Show(
            $"{DisplayNames.Category(category)} · {DisplayNames.PlaceShort(locality.Name, locality.EnglishName)}",
            new EvidenceRequest { LocalityCodes = [segment.LocalityCode], InstrumentCategoryId = segment.CategoryId },
            Filter);
    }

    private IReadOnlyList<IReadOnlyList<string>> ProfileRows() => ThemeRows(_measure);

    private IReadOnlyList<IReadOnlyList<string>> HeatmapRows() => ThemeRows(ThemeMeasure.PerThousand);

    private IReadOnlyList<IReadOnlyList<string>> ThemeRows(ThemeMeasure measure)
    {
        var model = _model!;
        var header = new List<string> { L["Table.Locality"], L["Table.Code"] };
        header.AddRange(model.ThemeIds.Select(id => DisplayNames.Theme(Resources.Taxonomy.Find(id)!)));
        var rows = new List<IReadOnlyList<string>> { header };
        rows.AddRange(model.Localities.Select(l => (IReadOnlyList<string>)
            [DisplayNames.Place(l.Name, l.EnglishName), l.Code, .. l.Themes.Select(c => ThemeMeasures.Value(c, measure).ToString(CultureInfo.InvariantCulture))]));
        return rows;
    }

    private IReadOnlyList<IReadOnlyList<string>> InstrumentRows()
    {
        var model = _model!;
        var categories = Resources.Rules.Categories;
        var header = new List<string> { L["Table.Locality"], L["Table.Code"] };
        header.AddRange(categories.Select(DisplayNames.Category));
        header.Add(L["Chart.Unclassified"]);
        var ids = categories.Select(c => c.Id).Append(Dashboard.Analysis.Instruments.InstrumentType.NoneId).ToList();
        var rows = new List<IReadOnlyList<string>> { header };
        rows.AddRange(model.Localities.Select(l => (IReadOnlyList<string>)
            [DisplayNames.Place(l.Name, l.EnglishName), l.Code, .. ids.Select(id => l.InstrumentsByCategory.GetValueOrDefault(id).ToString(CultureInfo.InvariantCulture))]));
        return rows;
    }
}
