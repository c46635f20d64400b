using Dashboard.Analysis.Documents;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Services;

/// <summary>How far a batch has gone.</summary>
public readonly record struct ImportProgress(int Done, int Total, string? Current);

/// <summary>
/// The Add documents page's work for one circuit: reads pasted text and uploaded files, analyses each to pre-fill
/// title, locality and date, keeps what the editor changes, and saves each document in its own transaction. A
/// refused document stores nothing; the others in a batch go on. Every method that adds or saves demands a
/// signed-in editor first.
/// </summary>
public sealed class ImportSession(
    ActiveAnalysis analysis,
    DocumentFileReader reader,
    Func<DashboardDbContext> contexts,
    EditorAccess editor,
    CorpusSnapshotCache snapshots,
    IOptions<ImportLimits> limits)
{
    /// <summary>Characters of normalised text the preview shows.</summary>
    public const int PreviewLength = 2_000;

    private const double BytesPerMegabyte = 1024 * 1024;

    private readonly List<ImportEntry> _entries = [];
    private int _nextId;

    public IReadOnlyList<ImportEntry> Entries => _entries;

    public ImportLimits Limits => limits.Value;

    /// <summary>Reads and analyses pasted text; the entry says what was detected, or why it is refused.</summary>
    public async Task<ImportEntry> AddPastedTextAsync(string text, CancellationToken cancellationToken = default)
    {
        await editor.DemandAsync();
        var entry = NewEntry(DocumentFileReader.PastedTextName, pasted: true, System.Text.Encoding.UTF8.GetByteCount(text));
        await AnalyseAsync(entry, reader.ReadPastedText(text), cancellationToken);
        return entry;
    }

    /// <summary>
    /// Reads and analyses an uploaded file. A file over the size limit is refused before a byte of it is read;
    /// <paramref name="openRead"/> is given the limit (as <c>IBrowserFile.OpenReadStream</c> takes it).
    /// </summary>
    public async Task<ImportEntry> AddFileAsync(string fileName, long size, Func<long, Stream> openRead, CancellationToken cancellationToken = default)
    {
        await editor.DemandAsync();
        var entry = NewEntry(fileName, pasted: false, size);
        if (size > Limits.MaxFileBytes)
        {
            Refuse(entry, ImportMessage.Refusal("import.refused.too-large", ImportArguments(fileName, size)));
            return entry;
        }

        byte[] content;
        try
        {
            await using var stream = openRead(Limits.MaxFileBytes);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        catch (IOException)
        {
            // The browser sent more than it announced, or the connection broke mid-file.
            Refuse(entry, ImportMessage.Refusal("import.refused.read-failed", ImportArguments(fileName, size)));
            return entry;
        }

        await AnalyseAsync(entry, reader.Read(fileName, content), cancellationToken);
        return entry;
    }

    /// <summary>Saves one entry with the fields as the editor left them. False when refused (see its Problem).</summary>
    public async Task<bool> SaveAsync(ImportEntry entry, CancellationToken cancellationToken = default)
    {
        await editor.DemandAsync();
        var saved = await SaveOneAsync(entry, cancellationToken);
        if (saved)
        {
            await snapshots.RefreshAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>Saves every entry that is ready, one transaction each; the refused ones stay listed with their reason.</summary>
    /// <returns>How many were saved.</returns>
    public async Task<int> SaveAllAsync(IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await editor.DemandAsync();
        var ready = _entries.Where(e => e.CanSave).ToList();
        var saved = 0;
        for (var i = 0; i < ready.Count; i++)
        {
            progress?.Report(new ImportProgress(i, ready.Count, ready[i].FileName));
            if (await SaveOneAsync(ready[i], cancellationToken))
            {
                saved++;
            }
        }

        progress?.Report(new ImportProgress(ready.Count, ready.Count, null));
        if (saved > 0)
        {
            await snapshots.RefreshAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>Takes an entry off the page (nothing in the store changes).</summary>
    public void Remove(ImportEntry entry) => _entries.Remove(entry);

    /// <summary>Takes the saved and refused entries off the page, keeping those still to be saved.</summary>
    public void ClearFinished() => _entries.RemoveAll(e => e.State != ImportEntryState.Ready);

    private ImportEntry NewEntry(string fileName, bool pasted, long byteCount)
    {
        var entry = new ImportEntry(++_nextId, fileName, pasted, byteCount);
        _entries.Add(entry);
        return entry;
    }

    private async Task AnalyseAsync(ImportEntry entry, ReadResult read, CancellationToken cancellationToken)
    {
        if (read is ImportRefusal refusal)
        {
            Refuse(entry, ImportMessage.Refusal(refusal.MessageKey, ImportArguments(entry.FileName, entry.ByteCount)));
            return;
        }

        var text = (IncomingText)read;
        (entry.Encoding, entry.Format, entry.SourceUrl, entry.RawText) = (text.Encoding, text.Format, text.SourceUrl, text.Text);
        entry.Repair = text.Repair;

        // Detection only: locality and date are left to the analysis and the checks that need them wait for the save.
        var detection = new NewDocument(text.Text)
        {
            Title = text.Title,
            SourceUrl = text.SourceUrl,
            LocalityConfirmedUnknown = true,
            Date = PolicyDate.Unknown,
        };
        var prepared = await Task.Run(() => analysis.Store.Prepare(detection), cancellationToken);
        if (prepared.Refusal is not null || prepared.Analysis is not { } result)
        {
            Refuse(entry, StoreMessage(prepared.Refusal!, entry, date: null));
            return;
        }

        entry.ContentHash = prepared.ContentHash;
        entry.NormalisedLength = result.NormalisedText.Length;
        entry.Preview = result.NormalisedText.Length > PreviewLength ? result.NormalisedText[..PreviewLength] : result.NormalisedText;
        entry.DetectedTitle = entry.Title = result.Title;
        entry.DetectedLocality = result.DetectedLocality?.Place;
        entry.LocalityEvidence = result.DetectedLocality?.Evidence;
        entry.Locality = entry.DetectedLocality is { } place ? analysis.Resources.Gazetteer.Find(place.Code) : null;
        entry.LocalityConfidence = result.DetectedLocality?.Confidence;
        entry.LocalitySuggested = result.LocalitySuggested;
        entry.DetectedDate = result.DetectedDate?.Date;
        entry.DateEvidence = result.DetectedDate?.Evidence;
        entry.DateText = ImportDateText.Format(entry.DetectedDate);

        if (_entries.FirstOrDefault(e => e != entry && e.State != ImportEntryState.Refused && e.ContentHash == entry.ContentHash) is { } twin)
        {
            Refuse(entry, new ImportMessage("Refusal.batch-duplicate", twin.FileName));
        }
        else if (await FindStoredAsync(entry.ContentHash, cancellationToken) is { } original)
        {
            Refuse(entry, ImportMessage.Refusal("store.refused.duplicate", original.Title, original.PublicId));
        }
        else if (result.DetectedDate is { IsInFuture: true } future)
        {
            entry.Problem = ImportMessage.Refusal("store.refused.future-date", future.Date.ToString());
        }
    }

    private async Task<bool> SaveOneAsync(ImportEntry entry, CancellationToken cancellationToken)
    {
        if (!entry.CanSave)
        {
            return false;
        }

        if (!ImportDateText.TryParse(entry.DateText, out var date))
        {
            entry.Problem = new ImportMessage("Refusal.bad-date", entry.DateText);
            return false;
        }

        var title = string.IsNullOrWhiteSpace(entry.Title) ? null : entry.Title.Trim();
        var document = new NewDocument(entry.RawText)
        {
            Title = title,
            LocalityCode = entry.Locality?.Code,
            LocalityIsSuggestion = entry.Locality is not null && entry.LocalitySuggested && !entry.ConfirmSuggestedLocality,
            LocalityConfirmedUnknown = entry.Locality is null && entry.ConfirmNoLocality,
            Date = date,
            Kind = entry.Kind,
            SourceUrl = entry.SourceUrl,
            OriginalFileName = entry.IsPasted ? null : entry.FileName,
            SourceEncoding = entry.Encoding,
        };
        var prepared = await Task.Run(() => analysis.Store.Prepare(document), cancellationToken);
        if (prepared.Refusal is { } refused)
        {
            entry.Problem = StoreMessage(refused, entry, date);
            return false;
        }

        var result = await analysis.Store.SaveAsync(prepared, cancellationToken);
        if (result.Refusal is { } refusal)
        {
            // Only a duplicate can be refused here: someone stored the same text since it was read.
            var original = await FindStoredAsync(prepared.ContentHash, cancellationToken);
            Refuse(entry, original is null ? StoreMessage(refusal, entry, date)
                : ImportMessage.Refusal("store.refused.duplicate", original.Title, original.PublicId));
            return false;
        }

        entry.State = ImportEntryState.Saved;
        entry.SavedId = result.Document!.PublicId;
        entry.Problem = null;
        return true;
    }

    private async Task<StoredName?> FindStoredAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        return await db.Documents.AsNoTracking()
            .Where(d => d.ContentHash == contentHash && d.DeletedAt == null)
            .Select(d => new StoredName(d.Title, d.PublicId))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static void Refuse(ImportEntry entry, ImportMessage message)
    {
        entry.State = ImportEntryState.Refused;
        entry.Problem = message;
    }

    private static ImportMessage StoreMessage(StoreRefusal refusal, ImportEntry entry, PolicyDate? date) => refusal.Reason switch
    {
        "future-date" => ImportMessage.Refusal(refusal.MessageKey, date?.ToString() ?? entry.DateText),
        "unknown-locality-code" => ImportMessage.Refusal(refusal.MessageKey, entry.Locality?.Code ?? ""),
        _ => ImportMessage.Refusal(refusal.MessageKey),
    };

    /// <summary>The arguments every import refusal message may use: {0} file, {1} extension, {2} size in MB, {3} limit in MB, {4} fewest Chinese characters.</summary>
    private object[] ImportArguments(string fileName, long bytes) =>
    [
        fileName,
        Path.GetExtension(fileName) is { Length: > 0 } extension ? extension : "—",
        Math.Ceiling(bytes / BytesPerMegabyte * 10) / 10,
        Limits.MaxFileBytes / BytesPerMegabyte,
        Limits.MinChineseCharacters,
    ];

    private sealed record StoredName(string Title, string PublicId);
}
