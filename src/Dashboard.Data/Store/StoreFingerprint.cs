using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>
/// What changes whenever the corpus a snapshot shows changes, by this process or another (a `dashboard import` into
/// the same SQLite file, another node on the same PostgreSQL): the active generation, the documents in view, the
/// newest document and the newest analysis (an edit replaces a document's analysis row). Four indexed aggregates, so
/// it can be read every few seconds.
/// </summary>
public sealed record StoreFingerprint(int Generation, int LiveDocuments, long NewestDocument, long NewestAnalysis)
{
    public static async Task<StoreFingerprint> ReadAsync(DashboardDbContext db, CancellationToken cancellationToken = default)
    {
        var generation = await Generations.ActiveAsync(db, cancellationToken);
        var live = await db.Documents.CountAsync(d => d.DeletedAt == null, cancellationToken);
        var newestDocument = await db.Documents.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0;
        var newestAnalysis = await db.Analyses.Where(a => a.Generation == generation).MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        return new StoreFingerprint(generation, live, newestDocument, newestAnalysis);
    }
}
