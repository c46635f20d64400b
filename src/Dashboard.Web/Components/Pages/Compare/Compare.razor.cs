using System.Globalization;
using Dashboard.Analysis.Comparison;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Compare;

public partial class Compare
{
    private ComparisonModel? _model;
    private CompareLabels? _labels;
    private IReadOnlyList<ComparisonChoice> _choices = [];
    private IReadOnlyList<ComparisonGroupRef> _picked = [];
    private ThemeMeasure _measure = ThemeMeasure.Share;
    private string? _termsId;

    /// <summary>The picker shows the groups on the page, picked or chosen by default, so any of them can be removed.</summary>
    private IReadOnlyList<ComparisonGroupRef> PickerSelection =>
        _picked.Count > 0 ? _picked : _model?.Groups.Select(g => g.Ref).ToList() ?? [];

    private ComparisonTerms? SelectedTerms =>
        _model?.Terms.FirstOrDefault(t => t.Id == _termsId) ?? _model?.Terms.FirstOrDefault();

    private IReadOnlyList<string> GroupNames => [.. _model!.Groups.Select(_labels!.GroupShort)];

    private IReadOnlyList<string> ThemeNames => [.. _model!.ThemeIds.Select(_labels!.ThemeShort)];

    private IReadOnlyList<string> TypeNames => [.. _model!.InstrumentTypeIds.Select(_labels!.InstrumentType)];

    private int HeatmapMax => _model!.Groups.SelectMany(g => g.ThemeInstruments.Counts).SelectMany(row => row).DefaultIfEmpty(0).Max();

    private string? EmptyText => _model is { Selection: ComparisonSelectionState.NeedsPicking }
        ? C["Hint.NeedsPicking", _model.LocalitiesInView, ComparisonQueries.MaxDefaultGroups].Value
        : null;

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        _picked = ComparisonGroupRef.ParseList(FilterNavigation.Query(Navigation.Uri).GetValueOrDefault(ComparisonGroupRef.Key));
        _choices = await Queries.ChoicesAsync(cancellationToken);
        _model = await Queries.CompareAsync(Filter, _picked, cancellationToken);
        _labels = new CompareLabels(_model, Analysis.Resources, C);
    }

    /// <summary>The selection goes into the URL beside the filter; the page reloads from there.</summary>
    private void SelectionChanged(IReadOnlyList<ComparisonGroupRef> groups) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(ComparisonGroupRef.Key, ComparisonGroupRef.FormatList(groups)));

    private void ShowThemeEvidence((string GroupToken, string ThemeId) point)
    {
        if (_model?.Find(point.GroupToken) is not { } group)
        {
            return;
        }

        var (request, filter) = Scope(group, new EvidenceRequest { ThemeId = point.ThemeId });
        EvidencePanel.Show($"{_labels!.ThemeShort(point.ThemeId)} · {_labels.GroupShort(group)}", request, filter);
    }

    private void ShowTermEvidence((string Term, ComparisonSide Side) bar)
    {
        if (SelectedTerms is not { } terms)
        {
            return;
        }

        var sideName = bar.Side == ComparisonSide.A ? _labels!.Side(terms.SideA) : _labels!.SideB(terms);
        var token = bar.Side == ComparisonSide.A ? terms.SideA : terms.SideB;
        var request = new EvidenceRequest { Term = bar.Term };
        var filter = Filter;
        if (token is not null && _model!.Find(token) is { } group)
        {
            (request, filter) = Scope(group, request);
        }
        else if (!_model!.IsOneAgainstRest)
        {
            // The rest of the picked groups: their localities, when they are localities.
            var others = _model.Groups.Where(g => g.Token != terms.SideA && g.Ref.Kind == ComparisonGroupKind.Locality).Select(g => g.Ref.Code).ToList();
            request = request with { LocalityCodes = others };
        }

        EvidencePanel.Show($"{bar.Term} · {sideName}", request, filter);
    }

    private void ShowPriorityEvidence((string GroupToken, ComparisonPriority Priority) item)
    {
        var priority = item.Priority;
        var group = _model?.Find(item.GroupToken);
        EvidencePanel.Show(
            $"{priority.Item} · {(group is null ? "" : _labels!.GroupShort(group))}",
            new EvidenceRequest
            {
                DocumentId = priority.DocumentId,
                Span = new EvidenceSpan(priority.SentenceIndex, priority.Start, priority.Length, priority.Item),
            },
            Filter);
    }

    private void ShowPair((int Row, int Column) cell)
    {
        var a = _model!.Groups[Math.Min(cell.Row, cell.Column)].Token;
        var b = _model.Groups[Math.Max(cell.Row, cell.Column)].Token;
        _termsId = _model.Terms.FirstOrDefault(t => t.SideA == a && t.SideB == b)?.Id ?? _termsId;
    }

    /// <summary>A group's documents: its locality through the request, a province through the filter.</summary>
    private (EvidenceRequest Request, DashboardFilter Filter) Scope(ComparisonGroup group, EvidenceRequest request) =>
        group.Ref.Kind == ComparisonGroupKind.Province
            ? (request, Filter with { ProvinceCodes = new HashSet<string> { group.Ref.Code } })
            : (request with { LocalityCodes = [group.Ref.Code] }, Filter);

    private IReadOnlyList<IReadOnlyList<string>> SimilarityValues() =>
        [.. _model!.Similarity!.Values.Select(row => (IReadOnlyList<string>)[.. row.Select(v => v.ToString("0.000", CultureInfo.CurrentCulture))])];

    private static IReadOnlyList<IReadOnlyList<string>> MatrixValues(ComparisonGroup group) =>
        [.. group.ThemeInstruments.Counts.Select(row => (IReadOnlyList<string>)[.. row.Select(v => v.ToString(CultureInfo.CurrentCulture))])];

    private IReadOnlyList<IReadOnlyList<string>> ThemeRows() => CompareCsv.Themes(_labels!, _measure, L["Filter.Themes"]);

    private IReadOnlyList<IReadOnlyList<string>> TermRows() => CompareCsv.Terms(_labels!, SelectedTerms!, C);

    private IReadOnlyList<IReadOnlyList<string>> SimilarityRows() => CompareCsv.Matrix("", GroupNames, GroupNames, _model!.Similarity!.Values.Select(r => r.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture))));

    private IReadOnlyList<IReadOnlyList<string>> PriorityRows() => CompareCsv.Priorities(_labels!, C);

    private IReadOnlyList<IReadOnlyList<string>> ThemeInstrumentRows() => CompareCsv.ThemeInstruments(_labels!, C);
}
