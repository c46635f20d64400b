using System.Text.Json;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Evaluation;
using Dashboard.Cli.Evaluate;

namespace Dashboard.Cli.Commands;

/// <summary>
/// evaluate [--gold tests/corpus/index.tsv] [--json] [--check THRESHOLDS] [--write-quality FILE]: the whole analysis on every document of
/// the gold corpus, scored per part (locality, date, industries, titles), then each document it got wrong with what
/// it said and why. With --check, exits 1 when a part is below its thresholds; --write-quality stores the test part's
/// figures for the Method page (src/Dashboard.Analysis/Data/measured-quality.json).
/// </summary>
internal static class EvaluateCommand
{
    public const string DefaultGold = "tests/corpus/index.tsv";

    public static int Run(IEnumerable<string> args, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string> { "--gold", "--check", "--taxonomy", "--instruments", "--industries", "--write-quality" }, new HashSet<string> { "--json" });
        if (parsed.Positional.Count > 0)
        {
            throw new CliException("usage: evaluate [--gold tests/corpus/index.tsv] [--json] [--check tests/corpus/thresholds.json]");
        }

        var goldPath = parsed.Value("--gold") ?? DefaultGold;
        GoldCorpus gold;
        EvaluationThresholds? thresholds;
        try
        {
            gold = GoldCorpus.Load(goldPath);
            thresholds = parsed.Value("--check") is { } check ? EvaluationThresholds.Load(check) : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or JsonException)
        {
            throw new CliException(ex.Message, 1);
        }

        var resources = AnalysisResources.Load(parsed.Value("--taxonomy"), parsed.Value("--instruments"), parsed.Value("--industries"));
        var evaluator = new CorpusEvaluator(new DocumentAnalyzer(resources), new IndustryKeys(resources.IndustryResolver));
        var report = evaluator.Evaluate(gold);
        if (parsed.Has("--json"))
        {
            stdout.Write(JsonSerializer.Serialize(EvaluationJson.Build(report, goldPath), EvaluationJson.Options));
            stdout.Write('\n');
        }
        else
        {
            EvaluationText.Write(report, goldPath, stdout);
        }

        if (parsed.Value("--write-quality") is { } qualityPath)
        {
            var test = report.Part("test") ?? throw new CliException("the gold corpus has no test part to quote", 1);
            MeasuredQuality.From(test, report.Versions).Write(qualityPath);
            Console.Error.WriteLine($"evaluate: wrote the test part's figures to {qualityPath}");
        }

        if (thresholds is null)
        {
            return 0;
        }

        var failures = thresholds.Failures(report);
        foreach (var failure in failures)
        {
            Console.Error.WriteLine("evaluate: " + failure);
        }

        if (failures.Count == 0)
        {
            Console.Error.WriteLine($"evaluate: the {thresholds.Part} part meets every threshold of {parsed.Value("--check")}");
        }

        return failures.Count == 0 ? 0 : 1;
    }
}
