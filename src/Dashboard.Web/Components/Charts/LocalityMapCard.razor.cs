using System.Globalization;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Themes;
using Dashboard.Data.Queries;
using Dashboard.Web.Localisation;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Charts;

public partial class LocalityMapCard
{
    private LocalityMapModel? _map;
    private Theme? _theme;
    private string? _themeId;
    private string? _error;

    [Parameter, EditorRequired]
    public OverviewModel Model { get; set; } = null!;

    [Parameter, EditorRequired]
    public DashboardFilter Filter { get; set; } = DashboardFilter.All;

    protected override void OnParametersSet()
    {
        var taxonomy = Analysis.Resources.Taxonomy;
        if (_themeId is null || !Model.ThemeIds.Contains(_themeId))
        {
            // The theme most present in view comes first; the reader picks another.
            _themeId = Model.ThemeIds
                .OrderByDescending(id => Model.Localities.Sum(l => l.Themes.FirstOrDefault(c => c.ThemeId == id)?.Hits ?? 0))
                .FirstOrDefault();
        }

        _theme = _themeId is null ? null : taxonomy.Find(_themeId);
        Build();
    }

    private void ThemeChanged(string themeId)
    {
        _themeId = themeId;
        _theme = Analysis.Resources.Taxonomy.Find(themeId);
        Build();
    }

    private void Build()
    {
        if (_theme is null)
        {
            _map = null;
            return;
        }

        try
        {
            _map = LocalityMapQuery.Build(Model, _theme.Id, Analysis.Resources.Gazetteer, PlaceCoordinates.LoadDefault());
            _error = null;
        }
        catch (FileNotFoundException missing)
        {
            _map = null;
            _error = missing.Message;
        }
    }

    private string ThemeName(string id) =>
        Analysis.Resources.Taxonomy.Find(id) is { } theme ? DisplayNames.ThemeShort(theme) : id;

    private void ShowEvidence(string localityCode)
    {
        var locality = Model.Localities.FirstOrDefault(l => l.Code == localityCode);
        if (_theme is null || locality is null)
        {
            return;
        }

        EvidencePanel.Show(
            $"{DisplayNames.ThemeShort(_theme)} · {DisplayNames.PlaceShort(locality.Name, locality.EnglishName)}",
            new EvidenceRequest { LocalityCodes = [localityCode], ThemeId = _theme.Id },
            Filter);
    }

    private IReadOnlyList<IReadOnlyList<string>> Rows()
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { L["Table.Locality"].Value, L["Table.Code"], M["Map.Documents"], M["Map.Hits"], M["Map.PerThousand"], M["Map.Latitude"], M["Map.Longitude"], M["Map.PlacedAt"] },
        };
        foreach (var p in _map?.Points ?? [])
        {
            rows.Add(
            [
                DisplayNames.Place(p.Name, p.EnglishName),
                p.Code,
                p.Documents.ToString(CultureInfo.InvariantCulture),
                p.Hits.ToString(CultureInfo.InvariantCulture),
                p.PerThousandTokens.ToString(CultureInfo.InvariantCulture),
                p.Latitude.ToString(CultureInfo.InvariantCulture),
                p.Longitude.ToString(CultureInfo.InvariantCulture),
                p.Source == CoordinateSource.Own ? M["Map.Own"] : DisplayNames.PlaceShort(p.LocatedByName, p.LocatedByEnglishName),
            ]);
        }

        return rows;
    }
}
