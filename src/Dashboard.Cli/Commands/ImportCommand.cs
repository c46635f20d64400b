using System.Globalization;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Data.Import;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Store;

namespace Dashboard.Cli.Commands;

/// <summary>
/// import PATH... [--locality CODE | --no-locality] [--kind KIND] [--max-mb N] [store options]: files and folders
/// into the store, with a progress bar, then a summary of imported, skipped and failed files. Exit code 1 when any
/// file failed.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(IEnumerable<string> args, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(
            args,
            new HashSet<string>(StoreArguments.Options) { "--locality", "--kind", "--max-mb" },
            new HashSet<string> { "--no-locality" });
        if (parsed.Positional.Count == 0)
        {
            throw new CliException("import needs at least one file or folder");
        }

        var kind = DocumentKind.Other;
        if (parsed.Value("--kind") is { } kindText && !Enum.TryParse(kindText.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out kind))
        {
            throw new CliException($"--kind must be one of {string.Join(", ", Enum.GetNames<DocumentKind>())}");
        }

        var limits = parsed.IntValue("--max-mb") is { } mb ? new ImportLimits { MaxFileBytes = mb * 1024L * 1024L } : ImportLimits.Default;
        var options = await StoreArguments.OpenAsync(parsed);
        var store = new DocumentStore(() => DashboardDbContextFactory.Create(options), new DocumentAnalyzer(AnalysisResources.Load()));
        var importer = new DocumentImporter(store, new DocumentFileReader(limits));
        var defaults = new ImportDefaults
        {
            LocalityCode = parsed.Value("--locality"),
            LocalityConfirmedUnknown = parsed.Has("--no-locality"),
            Kind = kind,
        };

        var bar = new ProgressBar(Console.Error, interactive: !Console.IsErrorRedirected);
        var summary = await importer.ImportAsync(parsed.Positional, defaults, bar);
        bar.Finish();

        foreach (var item in summary.Items.Where(i => i.Outcome != ImportOutcome.Imported))
        {
            stdout.Write($"{(item.Outcome == ImportOutcome.Failed ? "failed " : "skipped")}  {item.Message}\n");
        }

        foreach (var item in summary.Items.Where(i => i.Outcome == ImportOutcome.Imported))
        {
            stdout.Write($"imported {item.PublicId}  {item.Title}  ({item.Path})\n");
            if (item.Repair is { } repair)
            {
                stdout.Write($"         {repair.Describe()}: check those lines on the document page\n");
            }

            if (item.SuggestedLocality is { } suggested)
            {
                stdout.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"         locality {suggested.Place.Name} ({suggested.Place.EnglishName}) suggested ({suggested.Confidence:P0} sure, from “{suggested.Evidence}”): please confirm it on the document page or pass --locality\n"));
            }
        }

        stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{summary.Imported} imported, {summary.Skipped} skipped, {summary.Failed} failed\n"));
        return summary.Failed == 0 ? 0 : 1;
    }

    /// <summary>A one-line bar on a terminal; otherwise a line at every tenth, so logs stay readable.</summary>
    private sealed class ProgressBar(TextWriter output, bool interactive) : IProgress<ImportProgress>
    {
        private const int Width = 30;
        private int _lastTenth = -1;

        public void Report(ImportProgress value)
        {
            var fraction = value.Total == 0 ? 1 : (double)value.Done / value.Total;
            if (interactive)
            {
                var filled = (int)(fraction * Width);
                var name = Path.GetFileName(value.CurrentFile);
                output.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} {(name.Length > 40 ? name[..40] : name),-40}");
                return;
            }

            var tenth = (int)(fraction * 10);
            if (tenth != _lastTenth)
            {
                _lastTenth = tenth;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {value.Done}/{value.Total} files ({fraction:P0})"));
            }
        }

        public void Finish()
        {
            if (interactive)
            {
                output.WriteLine();
            }
        }
    }
}
