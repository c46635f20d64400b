using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dashboard.Segmentation;

namespace Dashboard.Benchmarks.Benchmarks;

/// <summary>Precise mode with the HMM over the whole input (about 10 MB), line by line: one operation is one pass.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class CutBenchmarks
{
    private readonly List<(int Start, int Length)> _ranges = new(1 << 12);
    private JiebaSegmenter _segmenter = null!;
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _segmenter = JiebaSegmenter.Create(BenchmarkInput.Lexicon, cacheDirectory: null);
        _lines = BenchmarkInput.Load().Lines;
    }

    [Benchmark(Description = "Cut (strings), 10 MB")]
    public long CutStrings()
    {
        long tokens = 0;
        foreach (var line in _lines)
        {
            tokens += ((List<string>)_segmenter.Cut(line)).Count;
        }

        return tokens;
    }

    [Benchmark(Description = "CutRanges, 10 MB")]
    public long CutRanges()
    {
        long tokens = 0;
        foreach (var line in _lines)
        {
            _ranges.Clear();
            _segmenter.CutRanges(line, _ranges);
            tokens += _ranges.Count;
        }

        return tokens;
    }
}
