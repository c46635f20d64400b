using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>Which generation of analyses is active: the one the dashboard reads.</summary>
public static class Generations
{
    public static Task<int> ActiveAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        db.Generations.Where(g => g.IsActive).Select(g => g.Generation).SingleAsync(cancellationToken);
}
