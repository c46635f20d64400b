using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Dashboard.Web.Localisation;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Reports;

/// <summary>
/// Rate limits of the anonymous report endpoints: per client (its address) a fixed window, checked first so a client
/// over its budget is refused at once; PDFs then wait for one of the shared printers (<see cref="PdfPrinters"/>) in a
/// bounded queue. A refused request gets 429 with Retry-After and a
/// short page that says so in the reader's language; the report builder shows the same message.
/// </summary>
public static class ReportRateLimiting
{
    public const string PdfPolicy = "report-pdf";
    public const string FilesPolicy = "report-files";

    public static IServiceCollection AddReportRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportLimits>().Bind(configuration.GetSection(ReportLimits.Section));
        services.AddSingleton<PdfPrinters>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);

            options.AddPolicy(PdfPolicy, http => PerClient(http, Limits(http).PdfPerClientPerMinute));
            options.AddPolicy(FilesPolicy, http => PerClient(http, Limits(http).FilesPerClientPerMinute));
        });
        return services;
    }

    /// <summary>The client a limit counts for: the address the request came from (behind a proxy, the forwarded one).</summary>
    public static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static ReportLimits Limits(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<ReportLimits>>().Value;

    private static RateLimitPartition<string> PerClient(HttpContext http, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientKey(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken) =>
        RefuseAsync(http, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : Limits(http).BusyRetryAfterSeconds, cancellationToken);

    /// <summary>Answers 429 with Retry-After and a page saying, in the reader's language, when to try again.</summary>
    public static async ValueTask RefuseAsync(HttpContext http, int retryAfterSeconds, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, retryAfterSeconds);
        var strings = http.RequestServices.GetRequiredService<IStringLocalizer<ReportStrings>>();
        var culture = CultureInfo.CurrentUICulture.Name;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/html; charset=utf-8";
        string E(string text) => WebUtility.HtmlEncode(text);
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{E(culture)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><title>{E(strings["Limit.Title"])}</title></head>
            <body style="font-family: system-ui, 'Noto Sans CJK SC', sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
            <h1 style="font-size: 1.5rem">{E(strings["Limit.Title"])}</h1>
            <p data-testid="limit-message">{E(strings["Limit.Message", seconds])}</p>
            <p><a href="/reports">{E(strings["Limit.Back"])}</a></p>
            </body>
            </html>
            """,
            cancellationToken);
    }
}
