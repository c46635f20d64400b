using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>Which localities the store holds documents of (not removed ones), with how many each.</summary>
public static class StoredLocalities
{
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(StoreOptions store, CancellationToken cancellationToken = default)
    {
        await using var db = DashboardDbContextFactory.Create(store);
        return await db.Documents.AsNoTracking()
            .Where(d => d.DeletedAt == null && d.LocalityCode != null)
            .GroupBy(d => d.LocalityCode!)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }
}
