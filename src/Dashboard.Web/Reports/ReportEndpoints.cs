using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Web.Localisation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Reports;

/// <summary>
/// The report's files, read-only and open to anyone: GET /reports/pdf (Chromium), /reports/xlsx (one sheet per
/// table) and /reports/csv (a zip of CSVs, or ?table=ID for one), each with the report page's query string.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ReportText.PdfPath, async (HttpContext http, ReportPdf pdf, PdfPrinters printers, IOptions<ReportLimits> limits, IStringLocalizer<ReportStrings> strings, CancellationToken cancellationToken) =>
        {
            var request = Parse(http);
            if (!pdf.IsAvailable)
            {
                return Results.Problem(strings["Pdf.NoChromium", pdf.ChromiumPath], statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            using var printer = await printers.WaitAsync(cancellationToken);
            if (!printer.IsAcquired)
            {
                await ReportRateLimiting.RefuseAsync(http, limits.Value.BusyRetryAfterSeconds, cancellationToken);
                return Results.Empty;
            }

            var bytes = await pdf.RenderAsync(ReportText.ViewLink(request), cancellationToken);
            return Results.File(bytes, "application/pdf", FileName(request, "pdf"));
        }).AllowAnonymous().RequireRateLimiting(ReportRateLimiting.PdfPolicy);

        endpoints.MapGet(ReportText.XlsxPath, async (HttpContext http, ReportQueries queries, ActiveAnalysis analysis, IStringLocalizer<ReportStrings> strings, CancellationToken cancellationToken) =>
        {
            var request = Parse(http);
            var tables = await TablesAsync(request, queries, analysis, strings, cancellationToken);
            return Results.File(ReportFiles.Workbook(tables), ReportFiles.XlsxType, FileName(request, "xlsx"));
        }).AllowAnonymous().RequireRateLimiting(ReportRateLimiting.FilesPolicy);

        endpoints.MapGet(ReportText.CsvPath, async (HttpContext http, string? table, ReportQueries queries, ActiveAnalysis analysis, IStringLocalizer<ReportStrings> strings, CancellationToken cancellationToken) =>
        {
            var request = Parse(http);
            var tables = await TablesAsync(request, queries, analysis, strings, cancellationToken);
            if (table is not null)
            {
                var one = tables.FirstOrDefault(t => t.Id == table);
                return one is null
                    ? Results.NotFound()
                    : Results.File(System.Text.Encoding.UTF8.GetBytes(ReportFiles.Csv(one)), ReportFiles.CsvType, one.Id + ".csv");
            }

            return Results.File(ReportFiles.CsvZip(tables), ReportFiles.ZipType, FileName(request, "csv.zip"));
        }).AllowAnonymous().RequireRateLimiting(ReportRateLimiting.FilesPolicy);
        return endpoints;
    }

    private static ReportRequest Parse(HttpContext http) =>
        ReportRequest.Parse(http.Request.Query.ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(), StringComparer.Ordinal));

    /// <summary>The tables with headers in the report's language (not the reader's UI language).</summary>
    private static async Task<IReadOnlyList<ReportTable>> TablesAsync(ReportRequest request, ReportQueries queries, ActiveAnalysis analysis, IStringLocalizer<ReportStrings> strings, CancellationToken cancellationToken)
    {
        var model = await queries.BuildAsync(request, cancellationToken);
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(request.IsChinese ? ReportRequest.Chinese : ReportRequest.English);
        try
        {
            return ReportTables.Build(model, analysis.Resources.Taxonomy, key => strings[key]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static string FileName(ReportRequest request, string extension)
    {
        var stem = new string([.. (request.Title ?? "report").Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return (stem.Length == 0 ? "report" : stem[..Math.Min(stem.Length, 60)]) + "." + extension;
    }
}
