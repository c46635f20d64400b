using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Priorities;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// What a comparison needs of one document beyond the snapshot: its word counts, priorities and how often each
/// theme is mentioned inside a measure clause of each instrument type.
/// </summary>
internal sealed record ComparisonDocument(
    string PublicId,
    IReadOnlyDictionary<string, int> TermCounts,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyDictionary<(string ThemeId, string TypeId), int> ThemeInstruments);

/// <summary>
/// Reads comparison documents from the stored analyses of the active generation, once per snapshot: a new snapshot
/// (the corpus changed) starts afresh, so nothing stale is ever served.
/// </summary>
internal sealed class ComparisonDocuments(Func<DashboardDbContext> contexts)
{
    private readonly ConditionalWeakTable<CorpusSnapshot, ConcurrentDictionary<string, ComparisonDocument>> _cache = [];

    public async Task<IReadOnlyDictionary<string, ComparisonDocument>> GetAsync(CorpusSnapshot snapshot, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var known = _cache.GetValue(snapshot, _ => new ConcurrentDictionary<string, ComparisonDocument>(StringComparer.Ordinal));
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var missing = wanted.Where(id => !known.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var document in await LoadAsync(missing, cancellationToken))
            {
                known[document.PublicId] = document;
            }
        }

        return wanted.Where(known.ContainsKey).ToDictionary(id => id, id => known[id], StringComparer.Ordinal);
    }

    private async Task<List<ComparisonDocument>> LoadAsync(List<string> ids, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        var generation = await Generations.ActiveAsync(db, cancellationToken);
        var documents = new List<ComparisonDocument>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.Documents.AsNoTracking()
                .Where(d => chunk.Contains(d.PublicId) && d.DeletedAt == null)
                .SelectMany(d => d.Analyses.Where(a => a.Generation == generation), (d, a) => new { d.PublicId, d.NormalisedText, a.ResultJson, a.TermCounts })
                .ToListAsync(cancellationToken);
            documents.AddRange(rows.Select(r => Read(r.PublicId, r.NormalisedText, r.ResultJson, r.TermCounts)));
        }

        return documents;
    }

    private static ComparisonDocument Read(string id, string text, string resultJson, string termCounts)
    {
        var result = StoredResult.FromJson(resultJson, id, text);
        var pairs = new Dictionary<(string, string), int>();
        foreach (var clause in result.Measures)
        {
            var start = clause.Evidence.Start;
            var end = start + clause.Evidence.Length;
            var typeId = string.IsNullOrEmpty(clause.TypeId) ? InstrumentType.NoneId : clause.TypeId;
            foreach (var themeId in result.ThemeHits.Where(h => h.Evidence.Start >= start && h.Evidence.Start < end).Select(h => h.ThemeId).Distinct(StringComparer.Ordinal))
            {
                pairs[(themeId, typeId)] = pairs.GetValueOrDefault((themeId, typeId)) + 1;
            }
        }

        return new ComparisonDocument(id, StoredTermCounts.Read(termCounts), result.Priorities, pairs);
    }
}
