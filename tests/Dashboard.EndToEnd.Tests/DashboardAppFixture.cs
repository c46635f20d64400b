using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// Starts the built web app (Dashboard.Web.dll from its own build output) on a free port with a fresh data folder,
/// waits until it answers, launches Debian's Chromium, and stops both at the end. Builds nothing itself.
/// </summary>
public class DashboardAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly StringBuilder _log = new();
    private Process? _app;
    private IPlaywright? _playwright;
    private string _dataDirectory = "";

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's data folder (its SQLite store), for other processes to write to.</summary>
    public string DataDirectory => _dataDirectory;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>TestResults/screenshots beside the test assembly.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>What the app wrote so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The end-to-end tests use Debian's Chromium: apt-get install -y chromium fonts-noto-cjk (tests/run.sh does it as root).");
        }

        var webApp = WebAppPath();
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _dataDirectory = Directory.CreateTempSubdirectory("dashboard-e2e-").FullName;
        Directory.CreateDirectory(ScreenshotDirectory);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webApp)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(webApp);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        // Development serves the static web assets from the build output (a published app carries them itself).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Dashboard__Store__DataDirectory"] = _dataDirectory;
        _app = Process.Start(start) ?? throw new InvalidOperationException($"Could not start dotnet {webApp}.");
        _app.OutputDataReceived += (_, e) => Append(e.Data);
        _app.ErrorDataReceived += (_, e) => Append(e.Data);
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        await WaitUntilAnsweringAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });

        // The first visit compiles and loads what every page needs; on a busy machine it can take a while.
        var warmUp = await NewPageAsync();
        await warmUp.GotoAsync("/");
        await warmUp.Locator(".main-svg").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        await warmUp.Context.CloseAsync();
    }

    /// <summary>A fresh browser context (own cookies, so its own language) at a desktop size, English by default.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }

        _app?.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temporary folder is cleaned by the system.
        }
    }

    /// <summary>Runs the `dashboard` command line (its own build output) to the end; its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCliAsync(params string[] args)
    {
        var pointer = Path.Combine(AppContext.BaseDirectory, "cli-app.txt");
        var cli = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException($"The built command line was not found ({pointer} names '{cli}').");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the command line.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static string WebAppPath()
    {
        var pointer = Path.Combine(AppContext.BaseDirectory, "web-app.txt");
        var path = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        if (path.Length == 0 || !File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The built web app was not found ({pointer} names '{path}'). Build this test project: it references src/Dashboard.Web, whose output it runs.");
        }

        return path;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_app.ExitCode} before answering.\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still loading the seeds.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The web app did not answer at {BaseUrl} within {StartTimeout.TotalSeconds} s.\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardAppCollection : ICollectionFixture<DashboardAppFixture>
{
    public const string Name = "dashboard app";
}

/// <summary>A second app for tests that change what the shared one serves (documents imported, rate limits spent).</summary>
public sealed class IsolatedAppFixture : DashboardAppFixture;

[CollectionDefinition(Name)]
public sealed class IsolatedAppCollection : ICollectionFixture<IsolatedAppFixture>
{
    public const string Name = "isolated dashboard app";
}
