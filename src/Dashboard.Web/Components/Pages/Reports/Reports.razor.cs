using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Web.Localisation;
using Dashboard.Web.Reports;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Reports;

/// <summary>
/// The report builder: title, groups, themes, sections and language, carried over from the view it was opened
/// from (the filter and groups in the URL), and the buttons that open, print and download the report.
/// </summary>
public partial class Reports
{
    private static readonly ReportSections[] SectionList =
        [.. Enum.GetValues<ReportSections>().Where(s => s is not (ReportSections.None or ReportSections.All))];

    private IReadOnlyList<ComparisonChoice> _choices = [];
    private string? _title;
    private string _language = ReportRequest.English;
    private IReadOnlyCollection<string> _groups = [];
    private IReadOnlyCollection<string> _themes = [];
    private ReportSections _sections = ReportSections.All;
    private DashboardFilter _filter = DashboardFilter.All;

    private bool _makingPdf;
    private string? _pdfProblem;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private Microsoft.JSInterop.IJSRuntime JS { get; set; } = null!;

    [Inject] private ComparisonQueries Comparisons { get; set; } = null!;

    [Inject] private ActiveAnalysis Analysis { get; set; } = null!;

    [Inject] private ReportPdf Pdf { get; set; } = null!;

    [Inject] private SavedViews Views { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "view")]
    private string? ViewId { get; set; }

    /// <summary>The report the form describes now.</summary>
    internal ReportRequest Current => new()
    {
        Title = string.IsNullOrWhiteSpace(_title) ? null : _title.Trim(),
        Filter = _filter with { ThemeIds = _themes.ToHashSet(StringComparer.Ordinal) },
        Groups = [.. _groups.Select(ComparisonGroupRef.TryParse).OfType<ComparisonGroupRef>()],
        Sections = _sections == ReportSections.None ? ReportSections.All : _sections,
        Language = _language,
    };

    protected override async Task OnInitializedAsync()
    {
        var query = FilterNavigation.Query(Navigation.Uri);
        if (ViewId is { Length: > 0 } id && await Views.FindAsync(id) is { } saved)
        {
            query = FilterNavigation.Query("http://local/reports?" + saved.Query);
        }

        var request = ReportRequest.Parse(query);
        _title = request.Title;
        _language = query.ContainsKey(ReportRequest.LanguageKey) ? request.Language
            : Hosting.Cultures.IsChinese(System.Globalization.CultureInfo.CurrentUICulture) ? ReportRequest.Chinese : ReportRequest.English;
        _filter = request.Filter;
        _themes = request.Filter.ThemeIds.ToList();
        _sections = request.Sections;
        _groups = request.Groups.Count > 0
            ? request.Groups.Select(g => g.Token).ToList()
            : request.Filter.LocalityCodes.Order(StringComparer.Ordinal).ToList();
        _choices = await Comparisons.ChoicesAsync();
    }

    private bool Has(ReportSections section) => (_sections & section) == section;

    private void Toggle(ReportSections section, bool on) => _sections = on ? _sections | section : _sections & ~section;

    private void GroupsChanged(IEnumerable<string> values) => _groups = values.ToList();

    private void ThemesChanged(IEnumerable<string> values) => _themes = values.ToList();

    private static string ChoiceName(ComparisonChoice choice) =>
        (choice.Ref.Kind == ComparisonGroupKind.Province ? "▸ " : "") + DisplayNames.Place(choice.Name, choice.EnglishName);

    // The picked groups and themes by name in the closed select, not by code.
    private string GroupName(string token) =>
        _choices.FirstOrDefault(c => c.Ref.Token == token) is { } choice ? ChoiceName(choice) : token;

    private string ThemeName(string id) =>
        Analysis.Resources.Taxonomy.Find(id) is { } theme ? DisplayNames.ThemeShort(theme) : id;

    /// <summary>Asks the server for the PDF and saves it; a refusal (too many reports at once) is said on the page.</summary>
    private async Task DownloadPdfAsync()
    {
        _makingPdf = true;
        _pdfProblem = null;
        try
        {
            var result = await JS.InvokeAsync<DownloadResult?>("dashboard.downloadUrl", [ReportText.Link(ReportText.PdfPath, Current)]);
            _pdfProblem = (result?.Status ?? 0) switch
            {
                StatusCodes.Status429TooManyRequests => R["Limit.Message", Math.Max(1, result!.RetryAfter)].Value,
                >= 400 => R["Builder.Failed", result!.Status].Value,
                _ => null,
            };
        }
        catch (Microsoft.JSInterop.JSException)
        {
            _pdfProblem = R["Builder.Failed", 0].Value;
        }
        finally
        {
            _makingPdf = false;
        }
    }

    /// <summary>What dashboard.downloadUrl answers: the HTTP status and, for a refusal, the seconds to wait.</summary>
    internal sealed record DownloadResult(int Status, int RetryAfter);
}
