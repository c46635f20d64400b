using BenchmarkDotNet.Attributes;
using Dashboard.Segmentation;

namespace Dashboard.Benchmarks.Benchmarks;

/// <summary>Dictionary load: parsing jieba.dict.utf8 (no cache) and reading the built trie back from the cache.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class LoadBenchmarks
{
    private string _cacheDirectory = "";

    [GlobalSetup]
    public void Setup()
    {
        _cacheDirectory = Path.Combine(Path.GetTempPath(), $"dashboard-bench-cache-{Environment.ProcessId}");
        _ = JiebaSegmenter.Create(BenchmarkInput.Lexicon, cacheDirectory: _cacheDirectory);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_cacheDirectory, recursive: true);

    [Benchmark(Description = "Load: parse text (no cache)")]
    public long LoadParse() => JiebaSegmenter.Create(BenchmarkInput.Lexicon, cacheDirectory: null).MemoryBytes;

    [Benchmark(Description = "Load: from trie cache")]
    public long LoadCached() => JiebaSegmenter.Create(BenchmarkInput.Lexicon, cacheDirectory: _cacheDirectory).MemoryBytes;
}
