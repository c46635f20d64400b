using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The active generation of the corpus in memory: every document's metadata and counts, read in three queries. The
/// dashboard filters and aggregates this, so a filter change touches no database; a new snapshot is read when the
/// corpus changes.
/// </summary>
public sealed class CorpusSnapshot(IReadOnlyList<SnapshotDocument> documents, StoreFingerprint? fingerprint = null)
{
    public IReadOnlyList<SnapshotDocument> Documents { get; } = documents;

    /// <summary>The store's state when the snapshot was read (read first, so a change during the read shows as a
    /// difference next time); null for snapshots not read from a store.</summary>
    public StoreFingerprint? Fingerprint { get; } = fingerprint;

    public static async Task<CorpusSnapshot> LoadAsync(Func<DashboardDbContext> contexts, Gazetteer gazetteer, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var fingerprint = await StoreFingerprint.ReadAsync(db, cancellationToken);
        var generation = fingerprint.Generation;
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.DeletedAt == null)
            .SelectMany(d => d.Analyses.Where(a => a.Generation == generation), (d, a) => new
            {
                d.PublicId, d.Title, d.LocalityCode, d.LocalitySuggested, d.Year, d.Month, d.Day, d.YearInferred, d.Kind, d.Synthetic, AnalysisId = a.Id, a.WordTokens,
            })
            .ToListAsync(cancellationToken);
        var themes = (await db.ThemeCounts.AsNoTracking()
                .Where(t => db.Analyses.Any(a => a.Id == t.AnalysisId && a.Generation == generation))
                .Select(t => new { t.AnalysisId, t.ThemeId, t.Hits, t.Terms, t.KeySentenceScores })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.AnalysisId);
        var instruments = (await db.InstrumentCounts.AsNoTracking()
                .Where(i => db.Analyses.Any(a => a.Id == i.AnalysisId && a.Generation == generation))
                .Select(i => new { i.AnalysisId, i.TypeId, i.Clauses })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.AnalysisId);

        var titles = await DisplayTitlesAsync(db, rows.Select(r => (r.PublicId, r.Title)), cancellationToken);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        return new CorpusSnapshot([.. rows.Select(r => new SnapshotDocument(
            r.PublicId,
            titles[r.PublicId],
            r.LocalityCode is { } code ? gazetteer.Find(code) : null,
            new PolicyDate(r.Year, r.Month, r.Day, r.YearInferred),
            StoredDocumentMapping.ParseKind(r.Kind),
            r.Synthetic,
            r.WordTokens,
            themes[r.AnalysisId].ToDictionary(t => t.ThemeId, t => t.Hits, StringComparer.Ordinal),
            instruments[r.AnalysisId].ToDictionary(i => i.TypeId, i => i.Clauses, StringComparer.Ordinal))
        {
            LocalitySuggested = r.LocalitySuggested && r.LocalityCode is not null,
            AnalysisId = r.AnalysisId,
            ThemeDetails = themes[r.AnalysisId]
                .Where(t => t.Terms is not null && t.KeySentenceScores is not null)
                .ToDictionary(t => t.ThemeId, t => new ThemeInDocument(StoredThemeDetails.ReadTerms(t.Terms!, words), StoredThemeDetails.ReadScores(t.KeySentenceScores!)), StringComparer.Ordinal),
        })], fingerprint);
    }

    /// <summary>
    /// Each title as it may be shown (<see cref="DisplayTitles"/>). Titles with nothing fit to show are rare (stored
    /// before the rules, or an HTML title that was only a byline): only their texts are read, to propose one.
    /// </summary>
    internal static async Task<Dictionary<string, string>> DisplayTitlesAsync(DashboardDbContext db, IEnumerable<(string PublicId, string Title)> stored, CancellationToken cancellationToken)
    {
        var titles = DisplayTitles.Default;
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        var unfit = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, title) in stored)
        {
            if (titles.Clean(title) is { } clean)
            {
                shown[id] = clean;
            }
            else
            {
                unfit[id] = title;
            }
        }

        foreach (var chunk in unfit.Keys.Chunk(500))
        {
            var texts = await db.Documents.AsNoTracking()
                .Where(d => chunk.Contains(d.PublicId))
                .Select(d => new { d.PublicId, d.NormalisedText })
                .ToListAsync(cancellationToken);
            foreach (var text in texts)
            {
                shown[text.PublicId] = titles.For(unfit[text.PublicId], () => text.NormalisedText);
            }
        }

        return shown;
    }
}
