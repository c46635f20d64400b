using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Store;

/// <summary>How far a re-analysis has got.</summary>
public sealed record ReanalysisProgress(int Done, int Total, int Generation);

/// <summary>
/// Recomputes every document's analysis with new resources (a changed taxonomy, instrument rules or user
/// dictionary) into the next generation, while the active generation keeps serving the dashboard. When every
/// document has its new analysis, one transaction makes the new generation active; then the old one is deleted.
/// Documents keep their metadata: the stored title, locality, date and kind are given to the analysis as known.
/// </summary>
public sealed class ReanalysisJob(Func<DashboardDbContext> contexts, DocumentAnalyzer analyzer, TimeProvider? clock = null)
{
    private const int BatchSize = 32;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<int> RunAsync(IProgress<ReanalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int next;
        int total;
        await using (var db = contexts())
        {
            next = await db.Generations.MaxAsync(g => g.Generation, cancellationToken) + 1;
            db.Generations.Add(new AnalysisGeneration { Generation = next, IsActive = false, StartedAt = _clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            total = await db.Documents.CountAsync(cancellationToken);
        }

        var done = await FillAsync(next, 0, total, progress, cancellationToken);

        await using (var db = contexts())
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Generations.Where(g => g.IsActive).ExecuteUpdateAsync(s => s.SetProperty(g => g.IsActive, false), cancellationToken);
            await db.Generations.Where(g => g.Generation == next)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.IsActive, true).SetProperty(g => g.CompletedAt, _clock.GetUtcNow()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Documents saved while the job ran were analysed into the old generation: give them the new one too.
        await FillAsync(next, done, total, progress, cancellationToken);

        await using (var db = contexts())
        {
            await db.Analyses.Where(a => a.Generation < next).ExecuteDeleteAsync(cancellationToken);
            await db.Generations.Where(g => g.Generation < next).ExecuteDeleteAsync(cancellationToken);
        }

        return next;
    }

    private async Task<int> FillAsync(int generation, int done, int total, IProgress<ReanalysisProgress>? progress, CancellationToken cancellationToken)
    {
        while (true)
        {
            List<StoredDocument> batch;
            await using (var db = contexts())
            {
                batch = await db.Documents.AsNoTracking()
                    .Where(d => !d.Analyses.Any(a => a.Generation == generation))
                    .OrderBy(d => d.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            }

            if (batch.Count == 0)
            {
                return done;
            }

            var now = _clock.GetUtcNow();
            var analyses = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(d =>
            {
                var record = AnalysisRecords.From(analyzer.Analyze(d.ToNewDocument().ToInput(d.PublicId)), now, generation);
                record.DocumentId = d.Id;
                return record;
            }).ToList();

            await using (var db = contexts())
            {
                db.Analyses.AddRange(analyses);
                await db.SaveChangesAsync(cancellationToken);
            }

            done += batch.Count;
            progress?.Report(new ReanalysisProgress(Math.Min(done, Math.Max(total, done)), Math.Max(total, done), generation));
        }
    }
}
