using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Hosting;

/// <summary>
/// The partial plotly.js bundle (src/Lexicon/build-plotly.sh: only the trace types the charts draw, a third of the full
/// bundle's size), served at the address Plotly.Blazor loads its full bundle from, so every page and the report get it
/// without a change to the package. Without the built file the package's full bundle is served as before.
/// </summary>
public sealed class PlotlyBundle
{
    /// <summary>Where Plotly.Blazor 7.2 loads plotly.js from (its interop's importScript, our preload and the report).</summary>
    public const string RequestPath = "/_content/Plotly.Blazor/plotly-3.7.0.min.js";

    public const string FileName = "plotly-dashboard.min.js";

    private readonly string _path;
    private readonly string _gzipPath;
    private readonly string _etag;

    private PlotlyBundle(string path)
    {
        _path = path;
        _gzipPath = path + ".gz";
        var file = new FileInfo(path);
        _etag = $"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"";
    }

    /// <summary>Dashboard:PlotlyBundle is "partial" (the default) or "full" (the package's own bundle, to compare or to rule the
    /// partial one out when a chart does not draw).</summary>
    public static bool Wanted(IConfiguration configuration) =>
        !string.Equals(configuration["Dashboard:PlotlyBundle"], "full", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bundle copied beside the app (lexicon/plotly/), or null when it was not built.</summary>
    public static PlotlyBundle? Find(string baseDirectory)
    {
        var path = Path.Combine(baseDirectory, "lexicon", "plotly", FileName);
        return File.Exists(path) ? new PlotlyBundle(path) : null;
    }

    public bool Serves(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.Equals(RequestPath, StringComparison.Ordinal);

    public async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.ContentType = "text/javascript";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = _etag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch.Contains(_etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var gzip = File.Exists(_gzipPath) && context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        var path = gzip ? _gzipPath : _path;
        if (gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        response.ContentLength = new FileInfo(path).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(path, context.RequestAborted);
        }
    }
}
