using System.Text.Json;
using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Cli.Analyze;

namespace Dashboard.Cli.Commands;

/// <summary>analyze FILE... [--json] [--taxonomy PATH] [--instruments PATH] [--industries PATH] [--prior-strength X] [--min-count N]:
/// each document's locality, date, themes, instruments, priorities and keywords; then the comparison across them.</summary>
internal static class AnalyzeCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(
            args,
            new HashSet<string> { "--taxonomy", "--instruments", "--industries", "--prior-strength", "--min-count" },
            new HashSet<string> { "--json" });
        if (parsed.Positional.Count == 0)
        {
            throw new CliException("analyze needs at least one text file");
        }

        var inputs = new List<DocumentInput>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in parsed.Positional)
        {
            var text = TextInput.Read([path], Stream.Null);
            var id = Path.GetFileNameWithoutExtension(path);
            while (files.ContainsKey(id))
            {
                id += "+";
            }

            files[id] = path;
            inputs.Add(new DocumentInput(id, text));
        }

        var settings = ComparisonSettings.Default;
        if (parsed.Value("--prior-strength") is { } prior)
        {
            settings = settings with { PriorStrength = double.TryParse(prior, System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : throw new CliException("--prior-strength needs a positive number") };
        }

        if (parsed.IntValue("--min-count") is { } minimum)
        {
            settings = settings with { MinimumCount = minimum };
        }

        var resources = AnalysisResources.Load(parsed.Value("--taxonomy"), parsed.Value("--instruments"), parsed.Value("--industries"));
        var analyzer = new DocumentAnalyzer(resources);
        var documents = inputs.AsParallel().AsOrdered().Select(i => analyzer.Analyze(i)).ToList();
        var corpus = new CorpusAnalyzer(resources).Analyze(documents, settings: settings);
        if (parsed.Has("--json"))
        {
            stdout.Write(JsonSerializer.Serialize(AnalyzeJson.Build(corpus, resources, files), AnalyzeJson.Options));
            stdout.Write('\n');
        }
        else
        {
            AnalyzeText.Write(corpus, resources, files, stdout);
        }

        return 0;
    }
}
