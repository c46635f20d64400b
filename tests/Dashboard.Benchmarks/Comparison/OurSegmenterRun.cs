using System.Diagnostics;
using Dashboard.Segmentation;

namespace Dashboard.Benchmarks.Comparison;

/// <summary>Our segmenter: load times (fresh processes and in-process), memory, and throughput over the input.</summary>
internal sealed class OurSegmenterRun
{
    public double ParseLoadMs { get; private init; }

    public double CachedLoadMs { get; private init; }

    public double InProcessParseLoadMs { get; private init; }

    public long MemoryBytes { get; private init; }

    public long HeapDeltaBytes { get; private init; }

    public long RssDeltaBytes { get; private init; }

    public double CutMbPerSecond { get; private init; }

    public double CutRangesMbPerSecond { get; private init; }

    public long Tokens { get; private init; }

    /// <summary>The tokens of the first lines, to compare with the other segmenters'.</summary>
    public List<string[]> FirstLineTokens { get; private init; } = [];

    public static OurSegmenterRun Measure(BenchmarkInput input, int runs, int firstLines, Action<string> log)
    {
        var cacheDirectory = Path.Combine(Path.GetTempPath(), $"dashboard-bench-cache-{Environment.ProcessId}");
        try
        {
            log($"ours: {runs} fresh-process loads without cache, {runs} from the trie cache");
            var parse = Enumerable.Range(0, runs).Select(_ => LoadProbe.Measure(cacheDirectory: null)).ToList();
            _ = LoadProbe.Measure(cacheDirectory); // writes the cache
            var cached = Enumerable.Range(0, runs).Select(_ => LoadProbe.Measure(cacheDirectory)).ToList();

            log($"ours: {runs} in-process loads without cache (after one warm-up)");
            var paths = BenchmarkInput.Lexicon;
            _ = JiebaSegmenter.Create(paths, cacheDirectory: null);
            var inProcess = Enumerable.Range(0, runs).Select(_ => Time(() => JiebaSegmenter.Create(paths, cacheDirectory: null))).ToList();

            var segmenter = JiebaSegmenter.Create(paths, cacheDirectory: null);
            var lines = input.Lines;
            log("ours: warm-up pass");
            _ = CutStrings(segmenter, lines);
            _ = CutRanges(segmenter, lines);

            log(FormattableString.Invariant($"ours: {runs} x Cut and {runs} x CutRanges over {input.Utf8Bytes / 1e6:F1} MB"));
            long tokens = 0;
            var cutSeconds = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                Collect();
                var stopwatch = Stopwatch.StartNew();
                tokens = CutStrings(segmenter, lines);
                cutSeconds.Add(stopwatch.Elapsed.TotalSeconds);
            }

            var rangeSeconds = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                Collect();
                var stopwatch = Stopwatch.StartNew();
                _ = CutRanges(segmenter, lines);
                rangeSeconds.Add(stopwatch.Elapsed.TotalSeconds);
            }

            var megabytes = input.Utf8Bytes / 1e6;
            return new OurSegmenterRun
            {
                ParseLoadMs = Statistics.Median(parse.Select(s => s.LoadMs)),
                CachedLoadMs = Statistics.Median(cached.Select(s => s.LoadMs)),
                InProcessParseLoadMs = Statistics.Median(inProcess),
                MemoryBytes = parse[0].MemoryBytes,
                HeapDeltaBytes = (long)Statistics.Median(parse.Select(s => (double)s.HeapDeltaBytes)),
                RssDeltaBytes = (long)Statistics.Median(parse.Select(s => (double)s.RssDeltaBytes)),
                CutMbPerSecond = megabytes / Statistics.Median(cutSeconds),
                CutRangesMbPerSecond = megabytes / Statistics.Median(rangeSeconds),
                Tokens = tokens,
                FirstLineTokens = lines.Take(firstLines).Select(l => ((List<string>)segmenter.Cut(l)).ToArray()).ToList(),
            };
        }
        finally
        {
            if (Directory.Exists(cacheDirectory))
            {
                Directory.Delete(cacheDirectory, recursive: true);
            }
        }
    }

    private static long CutStrings(JiebaSegmenter segmenter, string[] lines)
    {
        long tokens = 0;
        foreach (var line in lines)
        {
            tokens += ((List<string>)segmenter.Cut(line)).Count;
        }

        return tokens;
    }

    private static long CutRanges(JiebaSegmenter segmenter, string[] lines)
    {
        var ranges = new List<(int Start, int Length)>(1 << 12);
        long tokens = 0;
        foreach (var line in lines)
        {
            ranges.Clear();
            segmenter.CutRanges(line, ranges);
            tokens += ranges.Count;
        }

        return tokens;
    }

    private static double Time(Func<JiebaSegmenter> load)
    {
        Collect();
        var stopwatch = Stopwatch.StartNew();
        GC.KeepAlive(load());
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
