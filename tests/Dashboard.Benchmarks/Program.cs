using Dashboard.Benchmarks.Benchmarks;
using Dashboard.Benchmarks.Comparison;

namespace Dashboard.Benchmarks;

public static class Program
{
    private const string Usage =
        "Dashboard.Benchmarks bdn [BenchmarkDotNet arguments]   BenchmarkDotNet: dictionary load, Cut and CutRanges over ~10 MB\n" +
        "Dashboard.Benchmarks " + CompareOptions.Usage + "\n" +
        "Dashboard.Benchmarks analysis [--documents N] [--localities L] [--runs R]   whole analysis of a synthetic corpus\n" +
        "Dashboard.Benchmarks import [--documents N] [--postgres CONNECTION]   import into SQLite and PostgreSQL\n" +
        "Dashboard.Benchmarks " + Web.DashboardBenchmarkOptions.Usage + "   filter changes, overview first render, memory per circuit";

    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "bdn" => BdnRunner.Run(args[1..]),
        "compare" => ComparisonRunner.Run(args[1..]),
        "load-probe" => LoadProbe.Run(args[1..]),
        "analysis" => Analysis.AnalysisBenchmark.Run(args[1..]),
        "import" => Store.ImportBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult(),
        "dashboard" => Web.DashboardBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult(),
        _ => ShowUsage(),
    };

    private static int ShowUsage()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
