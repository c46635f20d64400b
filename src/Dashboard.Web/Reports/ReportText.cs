using System.Globalization;
using System.Text;
using Dashboard.Data.Queries;
using Dashboard.Web.Localisation;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Reports;

/// <summary>The report's words that are made, not looked up: its scope line, timestamps, links and running head.</summary>
public static class ReportText
{
    public const string ViewPath = "/reports/view";
    public const string PdfPath = "/reports/pdf";
    public const string XlsxPath = "/reports/xlsx";
    public const string CsvPath = "/reports/csv";

    /// <summary>The report page of a request, with the culture the page is rendered in.</summary>
    public static string ViewLink(ReportRequest request, bool print = false) =>
        ViewPath + "?" + request.ToQueryString() + "&culture=" + (request.IsChinese ? ReportRequest.Chinese : ReportRequest.English) + (print ? "&print=1" : "");

    public static string Link(string path, ReportRequest request) => path + "?" + request.ToQueryString();

    public static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The compared groups and the filter in force, in one line.</summary>
    public static string Scope(ReportModel model, IStringLocalizer localizer)
    {
        var parts = new List<string>();
        if (model.Comparison.Groups.Count > 0)
        {
            parts.Add(string.Join(" · ", model.Comparison.Groups.Select(g => DisplayNames.PlaceShort(g.Name, g.EnglishName))));
        }

        var filter = model.Request.Filter;
        if (filter.From is not null || filter.To is not null)
        {
            parts.Add(localizer["Report.Scope.Dates", Day(filter.From), Day(filter.To)]);
        }

        if (filter.Kinds.Count > 0)
        {
            parts.Add(localizer["Report.Scope.Kinds", string.Join(", ", filter.Kinds.Select(FilterQueryString.Slug))]);
        }

        if (filter.ThemeIds.Count > 0)
        {
            parts.Add(localizer["Report.Scope.Themes", filter.ThemeIds.Count]);
        }

        if (filter.ProvinceCodes.Count + filter.EconomicRegions.Count + filter.GeographicRegions.Count + filter.Levels.Count > 0)
        {
            parts.Add(localizer["Report.Scope.Places"]);
        }

        return string.Join(" | ", parts);
    }

    /// <summary>
    /// The running head and foot for the browser's print and the PDF: CSS page-margin boxes with the title and scope
    /// at the top, the page number and generation date at the bottom.
    /// </summary>
    public static string RunningHeadCss(string title, string scope, string pageWord, string generated) =>
        "@page { @top-left { content: " + CssString(title) + "; } @top-right { content: " + CssString(scope) + "; } "
        + "@bottom-left { content: " + CssString(generated) + "; } "
        + "@bottom-right { content: " + CssString(pageWord + " ") + " counter(page) \" / \" counter(pages); } }";

    /// <summary>A quoted CSS string: quotes, backslashes and line breaks escaped, so no text can end the rule.</summary>
    public static string CssString(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' || char.IsControl(c))
            {
                quoted.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('"').ToString();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
