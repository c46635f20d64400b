using System.Security.Cryptography;
using Dashboard.Data.Store;
using Dashboard.Data.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>A saved view as the list shows it.</summary>
public sealed record SavedViewSummary(string Id, string Name, string Query, string Sections, string Language, string? CreatedBy, DateTimeOffset CreatedAt);

/// <summary>Saved comparisons: anyone lists and reopens them; saving is an editor's write (the caller checks).</summary>
public sealed class SavedViews(Func<DashboardDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<SavedViewSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var views = await db.SavedViews.AsNoTracking().ToListAsync(cancellationToken);
        return [.. views.OrderByDescending(v => v.CreatedAt).Select(Summary)];
    }

    public async Task<SavedViewSummary?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var view = await db.SavedViews.AsNoTracking().FirstOrDefaultAsync(v => v.PublicId == id, cancellationToken);
        return view is null ? null : Summary(view);
    }

    /// <summary>Saves the request under a name; returns the new view.</summary>
    public async Task<SavedViewSummary> SaveAsync(string name, ReportRequest request, string? createdBy, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 200)
        {
            throw new ArgumentException("A saved view needs a name of 1 to 200 characters.", nameof(name));
        }

        var view = new SavedView
        {
            PublicId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            Name = trimmed,
            Query = request.ToQueryString(),
            Sections = ReportRequest.FormatSections(request.Sections),
            Language = request.Language,
            CreatedBy = createdBy,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = contexts();
        db.SavedViews.Add(view);
        await db.SaveChangesAsync(cancellationToken);
        return Summary(view);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        return await db.SavedViews.Where(v => v.PublicId == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static SavedViewSummary Summary(SavedView v) => new(v.PublicId, v.Name, v.Query, v.Sections, v.Language, v.CreatedBy, v.CreatedAt);
}
