using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>A document's normalised text and its stored analysis in the active generation, as read for evidence.</summary>
public sealed record StoredResultRow(string PublicId, string NormalisedText, string ResultJson)
{
    public StoredResult Read() => StoredResult.FromJson(ResultJson, PublicId, NormalisedText);

    /// <summary>The rows of these documents (removed ones left out), read in chunks so any number of ids fits a query.</summary>
    public static async Task<List<StoredResultRow>> ReadAsync(Func<DashboardDbContext> contexts, IReadOnlyCollection<string> publicIds, CancellationToken cancellationToken)
    {
        var rows = new List<StoredResultRow>(publicIds.Count);
        if (publicIds.Count == 0)
        {
            return rows;
        }

        await using var db = contexts();
        var generation = await Generations.ActiveAsync(db, cancellationToken);
        foreach (var chunk in publicIds.Chunk(500))
        {
            rows.AddRange(await db.Documents.AsNoTracking()
                .Where(d => chunk.Contains(d.PublicId) && d.DeletedAt == null)
                .SelectMany(d => d.Analyses.Where(a => a.Generation == generation), (d, a) => new StoredResultRow(d.PublicId, d.NormalisedText, a.ResultJson))
                .ToListAsync(cancellationToken));
        }

        return rows;
    }
}
