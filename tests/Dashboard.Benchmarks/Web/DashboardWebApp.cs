using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.Benchmarks.Web;

/// <summary>
/// The built web app (Dashboard.Web.dll, Release, beside this benchmark's build) started as its own process on
/// 127.0.0.1 and a free port, over the benchmark's store, without seeds. Development environment, as the end-to-end
/// tests, so the static web assets are served from the build output.
/// </summary>
internal sealed class DashboardWebApp : IAsyncDisposable
{
    private readonly Process _process;

    private DashboardWebApp(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    public static async Task<DashboardWebApp> StartAsync(string dataDirectory, string plotlyBundle = "partial")
    {
        var webApp = WebAppPath();
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
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
        start.Environment["Dashboard__Store__DataDirectory"] = Path.GetFullPath(dataDirectory);
        start.Environment["Dashboard__LoadSeeds"] = "false";
        start.Environment["Dashboard__PlotlyBundle"] = plotlyBundle;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start dotnet {webApp}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new DashboardWebApp(process, baseUrl);
        await app.WaitUntilListeningAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>
    /// Waits until the app answers a request for a static file, which needs no page, so the overview's first visit
    /// (and its snapshot load) is left to the browser.
    /// </summary>
    private async Task WaitUntilListeningAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode} before answering.");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/favicon-probe-" + clock.ElapsedTicks);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web app did not answer at {BaseUrl}.");
    }

    private static string WebAppPath()
    {
        var pointer = Path.Combine(AppContext.BaseDirectory, "web-app.txt");
        var path = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        return path.Length > 0 && File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The built web app was not found ({pointer} names '{path}'); build this project, which builds src/Dashboard.Web.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
