using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Dashboard.Analysis.Places;
using Dashboard.Data.Store;

namespace Dashboard.Cli.Commands;

/// <summary>
/// report --localities 东莞市,绥化市 [--lang en|zh] [--format pdf|xlsx|csv] [--title TEXT] [--sections a,b] --out FILE:
/// the report the web app draws, from the same page. Starts the built web app (Dashboard.Web.dll, found through
/// web-app.txt beside this program or DASHBOARD_WEB_APP) on a free 127.0.0.1 port against the same store, without
/// seeds, asks it for /reports/pdf (or xlsx, csv) and writes the answer to --out. Localities are named in Chinese,
/// pinyin or English, or by code, and resolved through the gazetteer.
/// </summary>
internal static class ReportCommand
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(180);

    public static async Task<int> RunAsync(IEnumerable<string> args, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string>(StoreArguments.Options) { "--localities", "--lang", "--format", "--out", "--title", "--sections" }, new HashSet<string>());
        if (parsed.Positional.Count > 0 || parsed.Value("--localities") is not { Length: > 0 } names || parsed.Value("--out") is not { Length: > 0 } output)
        {
            throw new CliException("usage: report --localities NAME,NAME... [--lang en|zh] [--format pdf|xlsx|csv] [--title TEXT] [--sections LIST] --out FILE");
        }

        var format = (parsed.Value("--format") ?? FormatOf(output)).ToLowerInvariant();
        if (format is not ("pdf" or "xlsx" or "csv"))
        {
            throw new CliException($"--format must be pdf, xlsx or csv, not '{format}'");
        }

        var language = parsed.Value("--lang") ?? "en";
        if (language is not ("en" or "zh" or "zh-Hans" or "zh-CN"))
        {
            throw new CliException($"--lang must be en or zh, not '{language}'");
        }

        var gazetteer = Gazetteer.LoadDefault();
        var codes = Resolve(gazetteer, names);
        var store = await StoreArguments.OpenAsync(parsed);
        await DemandStoredAsync(gazetteer, store, codes);
        var query = new StringBuilder("groups=").Append(Uri.EscapeDataString(string.Join(',', codes)))
            .Append("&lang=").Append(language.StartsWith("zh", StringComparison.Ordinal) ? "zh" : "en");
        if (parsed.Value("--title") is { Length: > 0 } title)
        {
            query.Append("&title=").Append(Uri.EscapeDataString(title));
        }

        if (parsed.Value("--sections") is { Length: > 0 } sections)
        {
            query.Append("&sections=").Append(Uri.EscapeDataString(sections));
        }

        var clock = Stopwatch.StartNew();
        var bytes = await FetchAsync(WebAppPath(), store, "/reports/" + format + "?" + query);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllBytesAsync(output, bytes);
        stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{output}: {format}{(format == "csv" ? " (a zip of one CSV per table)" : "")}, {bytes.Length / 1024.0:0.0} KB, {string.Join(", ", codes)}, in {clock.Elapsed.TotalSeconds:0.0} s\n"));
        return 0;
    }

    /// <summary>Each name (Chinese, pinyin, English or a code) as a division code; prefectures before counties of the same name.</summary>
    internal static IReadOnlyList<string> Resolve(Gazetteer gazetteer, string names)
    {
        var codes = new List<string>();
        foreach (var name in names.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Exact names only: a prefix ("Atlan") would quietly pick some place the user did not mean.
            var division = name.All(char.IsAsciiDigit)
                ? gazetteer.Find(name)
                : gazetteer.FindByName(name).FirstOrDefault() ?? gazetteer.FindExact(name).FirstOrDefault();
            if (division is null)
            {
                throw new CliException($"'{name}' is not a place the gazetteer knows (try its Chinese name, pinyin or code)", 1);
            }

            if (!codes.Contains(division.Code))
            {
                codes.Add(division.Code);
            }
        }

        return codes.Count > 0 ? codes : throw new CliException("--localities names no place");
    }

    /// <summary>
    /// Stops, before anything is written, when a requested place has no document in the store (itself or a place
    /// inside it): a report about it would only say there is nothing to compare.
    /// </summary>
    private static async Task DemandStoredAsync(Gazetteer gazetteer, StoreOptions store, IReadOnlyList<string> codes)
    {
        var stored = await StoredLocalities.CountAsync(store);
        var missing = codes
            .Select(code => gazetteer.Find(code)!)
            .Where(place => !stored.Keys.Any(code => code == place.Code || (gazetteer.Find(code) is { } d && gazetteer.Ancestors(d).Contains(place))))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var holds = stored.Count == 0
            ? "the store holds no documents"
            : "the store holds documents of " + string.Join(", ", stored
                .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(12)
                .Select(s => gazetteer.Find(s.Key)?.Name ?? s.Key)) + (stored.Count > 12 ? $" and {stored.Count - 12} more places" : "");
        throw new CliException($"no documents of {string.Join(", ", missing.Select(m => $"{m.Name} ({m.Code})"))} in the store ({holds}); nothing written", 1);
    }

    private static string FormatOf(string output)
    {
        var extension = Path.GetExtension(output).TrimStart('.');
        return extension is "xlsx" or "csv" ? extension : "pdf";
    }

    /// <summary>The built web app: DASHBOARD_WEB_APP, or the path that web-app.txt beside this program names.</summary>
    private static string WebAppPath()
    {
        var path = Environment.GetEnvironmentVariable("DASHBOARD_WEB_APP");
        if (string.IsNullOrEmpty(path))
        {
            var pointer = Path.Combine(AppContext.BaseDirectory, "web-app.txt");
            path = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        }

        return File.Exists(path)
            ? path
            : throw new CliException("the built web app (Dashboard.Web.dll) was not found: build src/Dashboard.Cli (it builds the web app beside it) or set DASHBOARD_WEB_APP to its path", 1);
    }

    private static async Task<byte[]> FetchAsync(string webApp, StoreOptions store, string pathAndQuery)
    {
        var baseUrl = "http://127.0.0.1:" + FreePort().ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webApp)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(webApp);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Dashboard__LoadSeeds"] = "false";
        start.Environment["Dashboard__Store__Provider"] = store.Provider;
        start.Environment["Dashboard__Store__DataDirectory"] = Path.GetFullPath(store.DataDirectory);
        if (store.ConnectionString is { } connection)
        {
            start.Environment["Dashboard__Store__ConnectionString"] = connection;
        }

        var log = new StringBuilder();
        using var app = Process.Start(start) ?? throw new CliException("could not start the web app with dotnet", 1);
        app.OutputDataReceived += (_, e) => Append(log, e.Data);
        app.ErrorDataReceived += (_, e) => Append(log, e.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = ReportTimeout };
            await WaitUntilAnsweringAsync(app, http, log);
            using var response = await http.GetAsync(pathAndQuery);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                throw new CliException("cannot print the PDF: " + Detail(body) + " (install it with: apt-get install -y chromium fonts-noto-cjk)", 1);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new CliException($"the web app answered {(int)response.StatusCode} for {pathAndQuery}: {Detail(body)}\n{Tail(log)}", 1);
            }

            return body;
        }
        finally
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
        }
    }

    private static async Task WaitUntilAnsweringAsync(Process app, HttpClient http, StringBuilder log)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (app.HasExited)
            {
                throw new CliException($"the web app stopped (exit code {app.ExitCode}) before answering:\n{Tail(log)}", 1);
            }

            try
            {
                using var response = await http.GetAsync("/method");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new CliException($"the web app did not answer within {StartTimeout.TotalSeconds:0} s:\n{Tail(log)}", 1);
    }

    /// <summary>The problem's detail from a ProblemDetails answer, or the start of the body.</summary>
    private static string Detail(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(text);
            if (json.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { } message)
            {
                return message;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON.
        }

        return text.Length > 300 ? text[..300] : text;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private static string Tail(StringBuilder log)
    {
        lock (log)
        {
            var text = log.ToString();
            return text.Length > 2000 ? text[^2000..] : text;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
