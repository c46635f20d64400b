using System.Security.Cryptography;
using System.Text;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Data.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>
/// Adds, finds, removes and restores documents. A document is analysed before it is stored, and the document
/// and its analysis are written in one transaction: a refusal or a failure leaves the store as it was.
/// </summary>
public sealed class DocumentStore(Func<DashboardDbContext> contexts, DocumentAnalyzer analyzer, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DocumentAnalyzer Analyzer { get; } = analyzer;

    /// <summary>Checks, analyses and stores a document, or refuses it and stores nothing.</summary>
    public async Task<AddResult> AddAsync(NewDocument document, CancellationToken cancellationToken = default)
    {
        var prepared = Prepare(document);
        return prepared.Refusal is not null
            ? new AddResult(null, prepared.Refusal)
            : await SaveAsync(prepared, cancellationToken);
    }

    /// <summary>
    /// The part of adding that needs no database: checks and analysis. Thread-safe, so an import prepares several
    /// documents at once and saves them one by one.
    /// </summary>
    public PreparedDocument Prepare(NewDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.RawText))
        {
            return PreparedDocument.Refused(document, StoreRefusal.Empty());
        }

        if (document.LocalityCode is { } code && Analyzer.Resources.Gazetteer.Find(code) is null)
        {
            return PreparedDocument.Refused(document, StoreRefusal.UnknownLocalityCode(code));
        }

        var publicId = document.PublicId ?? NewPublicId();
        var analysis = Analyzer.Analyze(document.ToInput(publicId), Today());

        if (!analysis.NormalisedText.Any(IsIdeograph))
        {
            return PreparedDocument.Refused(document, StoreRefusal.NoChinese());
        }

        if (analysis.Locality is null && !document.LocalityConfirmedUnknown)
        {
            return PreparedDocument.Refused(document, StoreRefusal.UnknownLocality());
        }

        if (analysis.Date.EarliestDay is { } day && day > Today())
        {
            return PreparedDocument.Refused(document, StoreRefusal.FutureDate(analysis.Date.ToString()));
        }

        return new PreparedDocument(document, analysis, ContentHash(analysis.NormalisedText), null);
    }

    /// <summary>Stores a prepared document and its analysis in one transaction, unless it duplicates a stored one.</summary>
    public async Task<AddResult> SaveAsync(PreparedDocument prepared, CancellationToken cancellationToken = default)
    {
        if (prepared.Refusal is not null || prepared.Analysis is null)
        {
            return new AddResult(null, prepared.Refusal);
        }

        var (document, analysis) = (prepared.Document, prepared.Analysis);
        await using var db = contexts();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var duplicate = await db.Documents.AsNoTracking()
            .Where(d => d.ContentHash == prepared.ContentHash && d.DeletedAt == null)
            .Select(d => new { d.Title, d.PublicId })
            .FirstOrDefaultAsync(cancellationToken);
        if (duplicate is not null)
        {
            return new AddResult(null, StoreRefusal.Duplicate(duplicate.Title, duplicate.PublicId));
        }

        var now = Now();
        var generation = await Generations.ActiveAsync(db, cancellationToken);
        var stored = new StoredDocument
        {
            PublicId = analysis.Id,
            Title = analysis.Title,
            RawText = document.RawText,
            NormalisedText = analysis.NormalisedText,
            ContentHash = prepared.ContentHash,
            LocalityCode = analysis.Locality?.Code,
            ProvinceCode = analysis.Locality?.ProvinceCode,
            LocalitySuggested = analysis.LocalitySuggested,
            Year = analysis.Date.Year,
            Month = analysis.Date.Month,
            Day = analysis.Date.Day,
            YearInferred = analysis.Date.YearInferred,
            Kind = analysis.Kind.ToString(),
            Issuer = document.Issuer,
            SourceUrl = document.SourceUrl,
            OriginalFileName = document.OriginalFileName,
            SourceEncoding = document.SourceEncoding,
            Synthetic = document.Synthetic,
            CreatedAt = document.CreatedAt ?? now,
            UpdatedAt = now,
            Analyses = [AnalysisRecords.From(analysis, now, generation)],
        };

        db.Documents.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save of the same text won the race; the unique index stopped this one.
            await transaction.RollbackAsync(cancellationToken);
            if (await FindByHashAsync(prepared.ContentHash, cancellationToken) is { } raced)
            {
                return new AddResult(null, StoreRefusal.Duplicate(raced.Title, raced.PublicId));
            }

            throw;
        }

        await transaction.CommitAsync(cancellationToken);
        return new AddResult(stored, null);
    }

    /// <summary>
    /// Changes a document's metadata (title, locality, date, kind, issuer, source) and recomputes its analysis with
    /// them, replacing the old analysis in the same transaction. The text itself does not change.
    /// </summary>
    public async Task<AddResult> UpdateMetadataAsync(string publicId, Func<NewDocument, NewDocument> change, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var generation = await Generations.ActiveAsync(db, cancellationToken);
        var stored = await db.Documents
            .Include(d => d.Analyses.Where(a => a.Generation == generation))
            .FirstOrDefaultAsync(d => d.PublicId == publicId && d.DeletedAt == null, cancellationToken);
        if (stored is null)
        {
            return new AddResult(null, StoreRefusal.NotFound(publicId));
        }

        var prepared = Prepare(change(stored.ToNewDocument()) with { RawText = stored.RawText, PublicId = stored.PublicId });
        if (prepared.Refusal is not null)
        {
            return new AddResult(null, prepared.Refusal);
        }

        var analysis = prepared.Analysis!;
        var now = Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (stored.Analysis is { } old)
        {
            stored.Analyses.Remove(old);
            db.Analyses.Remove(old);
            await db.SaveChangesAsync(cancellationToken);
        }

        stored.Title = analysis.Title;
        stored.LocalityCode = analysis.Locality?.Code;
        stored.ProvinceCode = analysis.Locality?.ProvinceCode;
        stored.LocalitySuggested = analysis.LocalitySuggested;
        (stored.Year, stored.Month, stored.Day, stored.YearInferred) = (analysis.Date.Year, analysis.Date.Month, analysis.Date.Day, analysis.Date.YearInferred);
        stored.Kind = analysis.Kind.ToString();
        stored.Issuer = prepared.Document.Issuer;
        stored.SourceUrl = prepared.Document.SourceUrl;
        stored.UpdatedAt = now;
        stored.Analyses.Add(AnalysisRecords.From(analysis, now, generation));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AddResult(stored, null);
    }

    private async Task<DocumentSummary?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        return await db.Documents.AsNoTracking()
            .Where(d => d.ContentHash == hash && d.DeletedAt == null)
            .Select(d => new DocumentSummary(d.PublicId, d.Title, d.LocalityCode, d.ProvinceCode, d.Year, d.Month, d.Day, d.Kind, d.Synthetic))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<StoredDocument?> FindAsync(string publicId, bool includeRemoved = false, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var generation = await Generations.ActiveAsync(db, cancellationToken);
        return await db.Documents.AsNoTracking()
            .Include(d => d.Analyses.Where(a => a.Generation == generation))
            .Where(d => d.PublicId == publicId && (includeRemoved || d.DeletedAt == null))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Documents in view (not removed), newest first, without their texts.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        return await db.Documents.AsNoTracking()
            .Where(d => d.DeletedAt == null)
            .OrderByDescending(d => d.CreatedAt)
            .ThenBy(d => d.PublicId)
            .Select(d => new DocumentSummary(d.PublicId, d.Title, d.LocalityCode, d.ProvinceCode, d.Year, d.Month, d.Day, d.Kind, d.Synthetic))
            .ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        return await db.Documents.CountAsync(d => d.DeletedAt == null, cancellationToken);
    }

    /// <summary>Removes a document from view; it can be restored until purged.</summary>
    /// <param name="at">When it was removed (a corpus import keeps the original time); now by default.</param>
    public Task<bool> RemoveAsync(string publicId, CancellationToken cancellationToken = default, DateTimeOffset? at = null) =>
        SetRemovedAsync(publicId, at ?? Now(), cancellationToken);

    public Task<bool> RestoreAsync(string publicId, CancellationToken cancellationToken = default) =>
        SetRemovedAsync(publicId, null, cancellationToken);

    private async Task<bool> SetRemovedAsync(string publicId, DateTimeOffset? removedAt, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.PublicId == publicId, cancellationToken);
        if (document is null || (removedAt is null) == (document.DeletedAt is null))
        {
            return false;
        }

        document.DeletedAt = removedAt;
        document.UpdatedAt = Now();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string ContentHash(string normalisedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText)));

    // PostgreSQL keeps microseconds: times are cut to that everywhere, so both stores hold the same values.
    private DateTimeOffset Now()
    {
        var now = _clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private static string NewPublicId() => "doc-" + Guid.NewGuid().ToString("N")[..12];

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}

/// <summary>A document checked and analysed, ready to be saved; or the reason it will not be.</summary>
public sealed record PreparedDocument(NewDocument Document, DocumentAnalysis? Analysis, string ContentHash, StoreRefusal? Refusal)
{
    public static PreparedDocument Refused(NewDocument document, StoreRefusal refusal) => new(document, null, "", refusal);
}

/// <summary>A stored document without its texts, for lists.</summary>
public sealed record DocumentSummary(string PublicId, string Title, string? LocalityCode, string? ProvinceCode, int? Year, int? Month, int? Day, string Kind, bool Synthetic);
