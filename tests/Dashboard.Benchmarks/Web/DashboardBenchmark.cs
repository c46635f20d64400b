using System.Globalization;
using System.Text;
using Dashboard.Analysis.Corpus;

namespace Dashboard.Benchmarks.Web;

/// <summary>
/// <c>dashboard</c>: the dashboard's speed over a synthetic store (10,000 documents over 300 localities by default):
/// filter change to ready chart models (p50, p95, max), the overview's first render in Chromium (cold and warm) and
/// the server's memory per connected user (circuit). Prints Markdown tables and writes them to
/// BenchmarkDotNet.Artifacts/dashboard-benchmark.md.
/// </summary>
internal static class DashboardBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = DashboardBenchmarkOptions.Parse(args);
        var resources = AnalysisResources.Load();
        var store = await DashboardBenchmarkStore.EnsureAsync(options.StoreDirectory, options.Documents, options.Localities, options.Rebuild, new DocumentAnalyzer(resources));

        var report = new StringBuilder();
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Dashboard benchmark: {options.Documents} synthetic documents over {options.Localities} localities (SQLite), {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}"));
        report.AppendLine();
        if (!options.BrowserOnly)
        {
            report.AppendLine("| filter change to ready models | changes | p50 | p95 | max | note |");
            report.AppendLine("|---|--:|--:|--:|--:|---|");
            foreach (var timing in await DashboardQueryBenchmark.RunAsync(store, resources, options.Changes))
            {
                report.AppendLine(timing.Line());
            }
        }

        if (!options.QueriesOnly)
        {
            var timings = new List<DashboardTiming>();
            IReadOnlyList<string> memory = [];
            foreach (var bundle in options.PlotlyBundles)
            {
                var (bundleTimings, bundleMemory) = await DashboardBrowserBenchmark.RunAsync(
                    options.StoreDirectory, options.Visits, options.Circuits, memory: !options.BrowserOnly && memory.Count == 0, plotlyBundle: bundle);
                timings.AddRange(bundleTimings);
                memory = bundleMemory.Count > 0 ? bundleMemory : memory;
            }

            report.AppendLine();
            report.AppendLine("| overview in Chromium: navigation start to charts drawn | visits | median | p95 | max | note |");
            report.AppendLine("|---|--:|--:|--:|--:|---|");
            timings.ForEach(t => report.AppendLine(t.Line()));
            if (memory.Count > 0)
            {
                report.AppendLine();
                report.AppendLine("| server memory | no page open | overview pages open | circuits | per circuit |");
                report.AppendLine("|---|--:|--:|--:|--:|");
                memory.ToList().ForEach(m => report.AppendLine(m));
            }
        }

        report.AppendLine();
        report.AppendLine("Targets: filter change p95 < 50 ms; overview first render < 1 s; < 5 MB per circuit.");
        Console.WriteLine();
        Console.WriteLine(report);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.WriteAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "dashboard-benchmark.md"), report.ToString());
        return 0;
    }
}
