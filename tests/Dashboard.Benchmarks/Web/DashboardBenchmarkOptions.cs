using System.Globalization;

namespace Dashboard.Benchmarks.Web;

/// <summary>The <c>dashboard</c> command's options.</summary>
internal sealed record DashboardBenchmarkOptions
{
    public const string Usage =
        "dashboard [--documents N] [--localities L] [--store DIR] [--rebuild] [--changes C] [--visits V] [--circuits K] [--queries-only | --browser-only] [--plotly partial|full|both]";

    public int Documents { get; init; } = 10_000;

    public int Localities { get; init; } = 300;

    public string StoreDirectory { get; init; } = "/tmp/dashboard-bench-10k";

    public bool Rebuild { get; init; }

    /// <summary>Timed filter changes after the warm-up.</summary>
    public int Changes { get; init; } = 300;

    /// <summary>Warm overview visits (after the cold first one).</summary>
    public int Visits { get; init; } = 7;

    /// <summary>Browser pages held open at once for the memory per circuit.</summary>
    public int Circuits { get; init; } = 20;

    public bool QueriesOnly { get; init; }

    /// <summary>Which plotly.js the app serves in the browser part: the partial bundle, the package's full one, or both in turn.</summary>
    public IReadOnlyList<string> PlotlyBundles { get; init; } = ["partial"];

    /// <summary>Only the overview in Chromium (first chart and every chart drawn), without the query timings or memory.</summary>
    public bool BrowserOnly { get; init; }

    public static DashboardBenchmarkOptions Parse(string[] args)
    {
        var options = new DashboardBenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--documents" => options with { Documents = Number(args, ++i) },
                "--localities" => options with { Localities = Number(args, ++i) },
                "--store" => options with { StoreDirectory = Value(args, ++i) },
                "--rebuild" => options with { Rebuild = true },
                "--changes" => options with { Changes = Number(args, ++i) },
                "--visits" => options with { Visits = Number(args, ++i) },
                "--circuits" => options with { Circuits = Number(args, ++i) },
                "--queries-only" => options with { QueriesOnly = true },
                "--browser-only" => options with { BrowserOnly = true },
                "--plotly" => options with { PlotlyBundles = Bundles(Value(args, ++i)) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Usage: {Usage}"),
            };
        }

        return options;
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"Option '{args[i - 1]}' needs a value. Usage: {Usage}");

    private static int Number(string[] args, int i) => int.Parse(Value(args, i), CultureInfo.InvariantCulture);

    private static string[] Bundles(string value) => value switch
    {
        "partial" or "full" => [value],
        "both" => ["full", "partial"],
        _ => throw new ArgumentException($"--plotly is partial, full or both, not '{value}'. Usage: {Usage}"),
    };
}
