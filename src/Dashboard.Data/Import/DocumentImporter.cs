using Dashboard.Data.Ingestion;
using Dashboard.Data.Store;

namespace Dashboard.Data.Import;

/// <summary>
/// Imports files and folders: each file is read (encoding, format), checked and analysed, several at a time, then
/// saved one by one, each in its own transaction. A file that fails is listed and the others go on; a process
/// killed midway leaves every saved document whole and nothing half-written.
/// </summary>
public sealed class DocumentImporter(DocumentStore store, DocumentFileReader reader)
{
    private static readonly int Parallelism = Math.Max(1, Environment.ProcessorCount);

    public async Task<ImportSummary> ImportAsync(
        IEnumerable<string> paths,
        ImportDefaults defaults,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var sources = ImportSources.Enumerate(paths);
        var items = new List<ImportItem>();
        foreach (var refusal in sources.Refusals)
        {
            var outcome = refusal.Reason == ImportRefusalReason.Unsupported ? ImportOutcome.Skipped : ImportOutcome.Failed;
            items.Add(new ImportItem(refusal.FileName, outcome, null, null, refusal.MessageKey, refusal.Message));
        }

        var files = sources.Files;
        for (var start = 0; start < files.Count; start += Parallelism * 2)
        {
            var chunk = files.Skip(start).Take(Parallelism * 2).ToList();
            var prepared = await Task.WhenAll(chunk.Select(path => Task.Run(() => Prepare(path, defaults), cancellationToken)));
            for (var i = 0; i < chunk.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                items.Add(await SaveAsync(chunk[i], prepared[i], cancellationToken));
                progress?.Report(new ImportProgress(start + i + 1, files.Count, chunk[i]));
            }
        }

        return new ImportSummary(items);
    }

    private (ReadResult Read, PreparedDocument? Prepared) Prepare(string path, ImportDefaults defaults)
    {
        var read = reader.ReadFile(path);
        if (read is not IncomingText text)
        {
            return (read, null);
        }

        return (read, store.Prepare(new NewDocument(text.Text)
        {
            Title = text.Title,
            SourceUrl = text.SourceUrl,
            LocalityCode = defaults.LocalityCode,
            LocalityConfirmedUnknown = defaults.LocalityConfirmedUnknown,
            Kind = defaults.Kind,
            OriginalFileName = Path.GetFileName(path),
            SourceEncoding = text.Encoding,
        }));
    }

    private async Task<ImportItem> SaveAsync(string path, (ReadResult Read, PreparedDocument? Prepared) work, CancellationToken cancellationToken)
    {
        if (work.Read is ImportRefusal refusal)
        {
            return new ImportItem(path, ImportOutcome.Failed, null, null, refusal.MessageKey, refusal.Message);
        }

        var result = await store.SaveAsync(work.Prepared!, cancellationToken);
        if (result.Added)
        {
            return new ImportItem(path, ImportOutcome.Imported, result.Document!.PublicId, result.Document.Title, null, null)
            {
                SuggestedLocality = result.Document.LocalitySuggested ? work.Prepared!.Analysis?.DetectedLocality : null,
                Repair = (work.Read as IncomingText)?.Repair,
            };
        }

        var outcome = result.Refusal!.Reason == "duplicate" ? ImportOutcome.Skipped : ImportOutcome.Failed;
        return new ImportItem(path, outcome, null, null, result.Refusal.MessageKey, $"{Path.GetFileName(path)}: {result.Refusal.Message}");
    }
}
