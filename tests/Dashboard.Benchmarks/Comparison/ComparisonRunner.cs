namespace Dashboard.Benchmarks.Comparison;

/// <summary>The <c>compare</c> face: ours, @node-rs/jieba and Python jieba over the same input in one run.</summary>
internal static class ComparisonRunner
{
    public const string ReportPath = "BenchmarkDotNet.Artifacts/segmenter-comparison.md";

    public static int Run(string[] args)
    {
        CompareOptions options;
        try
        {
            options = CompareOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(CompareOptions.Usage);
            return 2;
        }

        var input = BenchmarkInput.Load(options.Repeat);
        var work = Directory.CreateTempSubdirectory("dashboard-compare-").FullName;
        try
        {
            var inputPath = Path.Combine(work, "input.utf8");
            input.WriteTo(inputPath);
            var dictionary = BenchmarkInput.Lexicon.MainDictionary;
            var missing = new List<string>();

            var ours = OurSegmenterRun.Measure(input, options.Runs, options.FirstLines, Log);
            Log("node-rs: load and cut");
            var nodeRs = NodeRsJiebaRun.Measure(dictionary, inputPath, options.Runs, options.FirstLines, work, Log, out var nodeMissing);
            Report(nodeMissing, missing);
            Log("python: load and cut (slow)");
            var python = PythonJiebaRun.Measure(dictionary, inputPath, options.PythonRuns, options.FirstLines, work, out var pythonMissing);
            Report(pythonMissing, missing);

            var markdown = new ComparisonReport
            {
                Ours = ours,
                NodeRs = nodeRs,
                Python = python,
                Input = input,
                Options = options,
                Missing = missing,
            }.Build();
            Console.WriteLine();
            Console.WriteLine(markdown);
            Directory.CreateDirectory(Path.GetDirectoryName(ReportPath)!);
            File.WriteAllText(ReportPath, markdown);
            Console.WriteLine($"Written to {Path.GetFullPath(ReportPath)}");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Report(string missing, List<string> all)
    {
        if (missing.Length > 0)
        {
            Console.WriteLine(missing);
            all.Add(missing);
        }
    }

    private static void Log(string message) => Console.WriteLine(FormattableString.Invariant($"[{DateTime.Now:HH:mm:ss}] {message}"));
}
