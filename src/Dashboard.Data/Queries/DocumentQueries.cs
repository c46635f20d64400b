using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The document pages' ready models: the list (from the cached snapshot; only a text search reads the store), one
/// document with its texts and analysis, and the recently removed documents an editor can restore.
/// </summary>
public sealed class DocumentQueries(Func<DashboardDbContext> contexts, CorpusSnapshotCache snapshots, ActiveAnalysis analysis)
{
    public async Task<DocumentListPage> ListAsync(DashboardFilter filter, DocumentListRequest request, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var search = new List<SearchTerm>();
        foreach (var raw in SearchTerm.Split(request.Query))
        {
            var normalised = analysis.Resources.Text.Normaliser.Normalise(raw).Text.Trim();
            if (normalised.Length == 0)
            {
                normalised = raw;
            }

            search.Add(new SearchTerm(raw, normalised, await TextMatchesAsync(normalised, cancellationToken)));
        }

        return DocumentList.Build(snapshot, analysis.Resources.Gazetteer, filter, request, search);
    }

    /// <summary>One document in view (not removed) with its active analysis; null when there is none.</summary>
    public async Task<DocumentDetail?> DetailAsync(string publicId, CancellationToken cancellationToken = default)
    {
        var stored = await analysis.Store.FindAsync(publicId, cancellationToken: cancellationToken);
        return stored is null ? null : DocumentDetails.Build(stored, analysis.Resources.Gazetteer);
    }

    /// <summary>Removed documents, most recently removed first.</summary>
    public async Task<IReadOnlyList<RemovedDocument>> RemovedAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.DeletedAt != null)
            .Select(d => new { d.PublicId, d.Title, d.LocalityCode, DeletedAt = d.DeletedAt!.Value })
            .ToListAsync(cancellationToken);
        var gazetteer = analysis.Resources.Gazetteer;
        var titles = await CorpusSnapshot.DisplayTitlesAsync(db, rows.Select(r => (r.PublicId, r.Title)), cancellationToken);
        return [.. rows
            .OrderByDescending(r => r.DeletedAt)
            .ThenBy(r => r.PublicId, StringComparer.Ordinal)
            .Take(limit)
            .Select(r => new RemovedDocument(r.PublicId, titles[r.PublicId], r.LocalityCode is { } code ? gazetteer.Find(code) : null, r.DeletedAt))];
    }

    private async Task<IReadOnlySet<string>> TextMatchesAsync(string term, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        var ids = await db.Documents.AsNoTracking()
            .Where(d => d.DeletedAt == null && d.NormalisedText.Contains(term))
            .Select(d => d.PublicId)
            .ToListAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}
