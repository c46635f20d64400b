using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Reports;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Reports;

/// <summary>
/// The report for paper: rendered once on the server (no live connection), charts drawn by plotly.js at fixed print
/// sizes, read by the browser's print and by the PDF renderer. Its language is the request's (culture=…), which the
/// link always carries; a link without it is sent to the one with it.
/// </summary>
public partial class ReportView
{
    private ReportModel? _model;
    private string? _error;

    [Inject] private ReportQueries Queries { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    private string Title => _model?.Request.Title is { Length: > 0 } title ? title : R["Report.DefaultTitle"];

    private string Generated => _model is null ? "" : ReportText.Timestamp(_model.Method.GeneratedAt);

    private string Scope => _model is null ? "" : ReportText.Scope(_model, R);

    private string RunningHeadCss => _model is null ? "" : ReportText.RunningHeadCss(Title, Scope, R["Report.Page"], Generated);

    protected override async Task OnInitializedAsync()
    {
        var request = ReportRequest.Parse(FilterNavigation.Query(Navigation.Uri));
        var wanted = request.IsChinese ? ReportRequest.Chinese : ReportRequest.English;
        if (!string.Equals(CultureInfo.CurrentUICulture.Name, wanted, StringComparison.OrdinalIgnoreCase))
        {
            Navigation.NavigateTo(ReportText.ViewLink(request));
            return;
        }

        try
        {
            _model = await Queries.BuildAsync(request);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Data.Common.DbException)
        {
            _error = ex.Message;
        }
    }

    private bool Has(ReportSections section) => _model!.Request.Has(section);
}
