using System.Text;
using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Analysis.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>One line of a corpus export: a document's text as received and its metadata (analyses are recomputed on import).</summary>
public sealed record ExportedDocument(
    string PublicId,
    string Title,
    string RawText,
    string? LocalityCode,
    int? Year,
    int? Month,
    int? Day,
    bool YearInferred,
    string Kind,
    string? Issuer,
    string? SourceUrl,
    string? OriginalFileName,
    string? SourceEncoding,
    bool Synthetic,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeletedAt,
    bool LocalitySuggested = false);

/// <summary>The outcome of importing an export: how many documents were added, already there, or refused and why.</summary>
public sealed record CorpusImportResult(int Added, int AlreadyStored, IReadOnlyList<(string PublicId, StoreRefusal Refusal)> Refused);

/// <summary>
/// The whole corpus as JSON Lines, for backup and for moving between SQLite and PostgreSQL: one document per line,
/// removed documents included (with their removal time), UTF-8 without BOM.
/// </summary>
public static class CorpusTransfer
{
    public static async Task<int> ExportAsync(Func<DashboardDbContext> contexts, Stream output, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var count = 0;
        await foreach (var d in db.Documents.AsNoTracking().OrderBy(d => d.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var line = new ExportedDocument(
                d.PublicId, d.Title, d.RawText, d.LocalityCode, d.Year, d.Month, d.Day, d.YearInferred, d.Kind,
                d.Issuer, d.SourceUrl, d.OriginalFileName, d.SourceEncoding, d.Synthetic, d.CreatedAt, d.DeletedAt, d.LocalitySuggested);
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, Compact));
            count++;
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>Adds every document of an export that the store does not hold yet (by public id).</summary>
    public static async Task<CorpusImportResult> ImportAsync(DocumentStore store, Stream input, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: true), leaveOpen: true);
        var added = 0;
        var existing = 0;
        var refused = new List<(string, StoreRefusal)>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            ExportedDocument? document;
            try
            {
                document = JsonSerializer.Deserialize<ExportedDocument>(line, Compact);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"line {lineNumber} is not a document of a corpus export: {ex.Message}", ex);
            }

            if (document is null || string.IsNullOrEmpty(document.PublicId))
            {
                throw new InvalidDataException($"line {lineNumber} is not a document of a corpus export.");
            }

            if (await store.FindAsync(document.PublicId, includeRemoved: true, cancellationToken) is not null)
            {
                existing++;
                continue;
            }

            var result = await store.AddAsync(
                new NewDocument(document.RawText)
                {
                    PublicId = document.PublicId,
                    Title = document.Title,
                    LocalityCode = document.LocalityCode,
                    LocalityIsSuggestion = document.LocalitySuggested,
                    LocalityConfirmedUnknown = document.LocalityCode is null,
                    Date = new PolicyDate(document.Year, document.Month, document.Day, document.YearInferred),
                    Kind = StoredDocumentMapping.ParseKind(document.Kind),
                    Issuer = document.Issuer,
                    SourceUrl = document.SourceUrl,
                    OriginalFileName = document.OriginalFileName,
                    SourceEncoding = document.SourceEncoding,
                    Synthetic = document.Synthetic,
                    CreatedAt = document.CreatedAt,
                },
                cancellationToken);
            if (!result.Added)
            {
                refused.Add((document.PublicId, result.Refusal!));
                continue;
            }

            added++;
            if (document.DeletedAt is not null)
            {
                await store.RemoveAsync(document.PublicId, cancellationToken, document.DeletedAt);
            }
        }

        return new CorpusImportResult(added, existing, refused);
    }

    private static JsonSerializerOptions Compact { get; } = new(DataFileJson.Options) { WriteIndented = false };
}
