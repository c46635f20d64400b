using System.Globalization;
using Dashboard.Analysis.Themes;
using Dashboard.Data.Queries;
using Dashboard.Web.Hosting;
using Dashboard.Web.Localisation;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Themes;

public partial class ThemeDetail
{
    private ThemeDetailModel? _model;
    private string? _loadedTheme;

    [Parameter]
    public string ThemeId { get; set; } = "";

    /// <summary>How many localities get key sentences at first, and how many more each "show more" adds.</summary>
    [Parameter]
    public int LocalitiesPerStep { get; set; } = ThemeQueries.LocalitiesWithSentences;

    private int _localities;

    private Theme? Theme => Analysis.Resources.Taxonomy.Find(ThemeId);

    private string Definition => Theme is null ? "" : Cultures.IsChinese(CultureInfo.CurrentUICulture) ? Theme.DefinitionChinese : Theme.DefinitionEnglish;

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_loadedTheme != ThemeId || _localities == 0)
        {
            _localities = LocalitiesPerStep;
        }

        _loadedTheme = ThemeId;
        _model = Theme is null ? null : await Queries.DetailAsync(ThemeId, Filter, localities: _localities, cancellationToken: cancellationToken);
    }

    private async Task ShowMoreLocalitiesAsync()
    {
        _localities += LocalitiesPerStep;
        _model = await Queries.DetailAsync(ThemeId, Filter, localities: _localities);
    }

    /// <summary>Another theme's link followed from this page: the same page instance gets a new id.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (_loadedTheme is not null && _loadedTheme != ThemeId)
        {
            _model = null;
            await ReloadAsync();
        }
    }

    private void ShowLocality(ThemeLocalityRank rank) => Show(rank.Code, rank.Name, rank.EnglishName, term: null);

    private void ShowLocalitySentences(LocalityKeySentences locality) => Show(locality.Code, locality.Name, locality.EnglishName, term: null);

    private void ShowTerm(string term)
    {
        if (Theme is { } theme)
        {
            EvidencePanel.Show($"{DisplayNames.ThemeShort(theme)} · {term}", new EvidenceRequest { ThemeId = ThemeId, Term = term }, Filter);
        }
    }

    private void Show(string code, string name, string englishName, string? term)
    {
        if (Theme is { } theme)
        {
            EvidencePanel.Show(
                $"{DisplayNames.ThemeShort(theme)} · {DisplayNames.PlaceShort(name, englishName)}",
                new EvidenceRequest { LocalityCodes = [code], ThemeId = ThemeId, Term = term },
                Filter);
        }
    }

    private IReadOnlyList<IReadOnlyList<string>> RankingRows()
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { T["Theme.Table.Rank"], T["Theme.Table.Locality"], T["Theme.Table.Code"], T["Theme.Table.Hits"], T["Theme.Table.PerThousand"], T["Theme.Table.Documents"], T["Theme.Table.DocumentsInLocality"] }
                .Select(s => s.ToString()).ToList(),
        };
        rows.AddRange(_model!.Ranking.Select((r, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), DisplayNames.Place(r.Name, r.EnglishName), r.Code, r.Hits.ToString(CultureInfo.InvariantCulture),
            r.PerThousandTokens.ToString("0.###", CultureInfo.InvariantCulture), r.Documents.ToString(CultureInfo.InvariantCulture), r.DocumentsInLocality.ToString(CultureInfo.InvariantCulture),
        ]));
        return rows;
    }
}
