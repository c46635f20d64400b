using System.Diagnostics;
using System.Globalization;
using Dashboard.Analysis.Corpus;

namespace Dashboard.Benchmarks.Analysis;

/// <summary>
/// <c>analysis [--documents N] [--localities L] [--runs R]</c>: the whole analysis of a synthetic corpus (the seeds'
/// sentences spread over many gazetteer localities, marked synthetic): documents per second on all cores, then the
/// grouping and comparison across the localities. Medians of R runs.
/// </summary>
internal static class AnalysisBenchmark
{
    public static int Run(string[] args)
    {
        var documents = Option(args, "--documents", 1000);
        var localities = Option(args, "--localities", 300);
        var runs = Option(args, "--runs", 3);

        var load = Stopwatch.StartNew();
        var resources = AnalysisResources.Load();
        var analyzer = new DocumentAnalyzer(resources);
        Console.WriteLine($"resources loaded in {load.ElapsedMilliseconds} ms");

        var (corpus, places) = SyntheticInput.Build(analyzer, documents, localities);
        var megabytes = corpus.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d.RawText)) / 1e6;
        Console.WriteLine($"{corpus.Count} synthetic documents over {places.Count} localities, {megabytes:F1} MB, average {corpus.Average(d => d.RawText.Length):F0} characters");

        var analyseTimes = new List<double>();
        var compareTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var analysed = corpus.AsParallel().Select(d => analyzer.Analyze(d)).ToList();
            analyseTimes.Add(watch.Elapsed.TotalSeconds);
            watch.Restart();
            var result = new CorpusAnalyzer(resources).Analyze(analysed);
            _ = result.Comparison.OneAgainstRest.Sum(c => c.TopFor(Dashboard.Analysis.Comparison.ComparisonSide.A).Count);
            compareTimes.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"run {run + 1}: analysed in {analyseTimes[^1]:F2} s ({corpus.Count / analyseTimes[^1]:F0} documents/s), grouped and compared {result.Groups.Count} localities in {compareTimes[^1]:F2} s");
        }

        var analyse = Median(analyseTimes);
        var compare = Median(compareTimes);
        Console.WriteLine();
        Console.WriteLine($"| documents | localities | cores | analyse (median of {runs}) | documents/s | compare | total | target |");
        Console.WriteLine("|--:|--:|--:|--:|--:|--:|--:|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {corpus.Count} | {places.Count} | {Environment.ProcessorCount} | {analyse:F2} s | {corpus.Count / analyse:F0} | {compare:F2} s | {analyse + compare:F2} s | 1,000 documents < 10 s: {(corpus.Count <= 1000 && analyse + compare < 10 ? "met" : "see total")} |"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
