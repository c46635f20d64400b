using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store;

namespace Dashboard.Cli.Commands;

/// <summary>corpus export FILE | corpus import FILE: the whole corpus as JSON Lines, for backup and for moving
/// between SQLite and PostgreSQL. corpus seed [DIR]: loads the seed documents once (./seeds by default).
/// corpus reanalyse: recomputes every analysis with the current (or given) taxonomy and rules.</summary>
internal static class CorpusCommand
{
    public static async Task<int> RunAsync(IEnumerable<string> args, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string>(StoreArguments.Options) { "--taxonomy", "--instruments" }, new HashSet<string>());
        if (parsed.Positional is ["reanalyse" or "reanalyze"])
        {
            var reanalyseOptions = await StoreArguments.OpenAsync(parsed);
            var resources = AnalysisResources.Load(parsed.Value("--taxonomy"), parsed.Value("--instruments"));
            var job = new ReanalysisJob(() => DashboardDbContextFactory.Create(reanalyseOptions), new DocumentAnalyzer(resources));
            var generation = await job.RunAsync(new Progress<ReanalysisProgress>(p => Console.Error.Write($"\rreanalysed {p.Done}/{p.Total}")));
            Console.Error.WriteLine();
            stdout.Write($"generation {generation} active: taxonomy {resources.Versions.Taxonomy}, instruments {resources.Versions.InstrumentRules}\n");
            return 0;
        }

        if (parsed.Positional is ["seed", ..] && parsed.Positional.Count <= 2)
        {
            var seeds = parsed.Positional.Count == 2 ? parsed.Positional[1] : "seeds";
            var seedOptions = await StoreArguments.OpenAsync(parsed);
            var seedStore = new DocumentStore(() => DashboardDbContextFactory.Create(seedOptions), new DocumentAnalyzer(AnalysisResources.Load()));
            stdout.Write($"{await SeedLoader.LoadAsync(seedStore, seeds)} seed documents added\n");
            return 0;
        }

        if (parsed.Positional.Count != 2 || parsed.Positional[0] is not ("export" or "import"))
        {
            throw new CliException("usage: corpus export FILE.jsonl | corpus import FILE.jsonl | corpus seed [DIR] | corpus reanalyse [--taxonomy PATH] [--instruments PATH]");
        }

        var file = parsed.Positional[1];
        var options = await StoreArguments.OpenAsync(parsed);
        if (parsed.Positional[0] == "export")
        {
            await using var output = File.Create(file);
            var count = await CorpusTransfer.ExportAsync(() => DashboardDbContextFactory.Create(options), output);
            stdout.Write($"{count} documents exported to {file}\n");
            return 0;
        }

        if (!File.Exists(file))
        {
            throw new CliException($"{file}: no such file", 1);
        }

        var store = new DocumentStore(() => DashboardDbContextFactory.Create(options), new DocumentAnalyzer(AnalysisResources.Load()));
        await using var input = File.OpenRead(file);
        var result = await CorpusTransfer.ImportAsync(store, input);
        stdout.Write($"{result.Added} added, {result.AlreadyStored} already stored, {result.Refused.Count} refused\n");
        foreach (var (id, refusal) in result.Refused)
        {
            stdout.Write($"  refused {id}: {refusal.Message}\n");
        }

        return result.Refused.Count == 0 ? 0 : 1;
    }
}
