using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dashboard.Benchmarks.Benchmarks;

/// <summary>MB/s (10^6 bytes of UTF-8 input per second of mean time) for the <see cref="CutBenchmarks"/> rows.</summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly Lazy<long> InputBytes = new(() => BenchmarkInput.Load().Utf8Bytes);

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 input throughput, 10^6 bytes per second of mean time (cut benchmarks only)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (benchmarkCase.Descriptor.Type != typeof(CutBenchmarks) || statistics is null)
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (InputBytes.Value / 1e6 / seconds).ToString("F2", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
