using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Dashboard.Benchmarks.Benchmarks;

/// <summary>The <c>bdn</c> face: BenchmarkDotNet over the load and cut benchmarks, any BenchmarkDotNet arguments passed on.</summary>
public static class BdnRunner
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddColumn(new ThroughputColumn())
            .WithOptions(ConfigOptions.JoinSummary);
        if (args.Length == 0)
        {
            args = ["--filter", "*"];
        }

        BenchmarkSwitcher.FromTypes([typeof(LoadBenchmarks), typeof(CutBenchmarks)]).Run(args, config);
        return 0;
    }
}
