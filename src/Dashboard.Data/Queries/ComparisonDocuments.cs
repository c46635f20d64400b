using System.Collections.Concurrent;
using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Priorities;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// What a comparison needs of one document beyond the snapshot: its word counts (as word ids and counts), its
/// priorities, and how often each theme is mentioned inside a measure clause of each instrument type.
/// </summary>
internal sealed record ComparisonDocument(
    long AnalysisId,
    int[] Terms,
    int[] Counts,
    int TermTotal,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyDictionary<(string ThemeId, string TypeId), int> ThemeInstruments);

/// <summary>
/// Comparison documents, read from the store once per stored analysis and kept while the analysis is in the
/// snapshot. An analysis never changes (an edit or a re-analysis stores a new one), so a new snapshot keeps every
/// document it already had; <see cref="WarmAsync"/> reads the rest in the background, so a comparison of whole
/// provinces reads nothing at the moment it is asked for.
/// </summary>
internal sealed class ComparisonDocuments(Func<DashboardDbContext> contexts)
{
    private const int Chunk = 500;

    private readonly ConcurrentDictionary<long, ComparisonDocument> _known = new();
    private readonly SemaphoreSlim _warming = new(1, 1);
    private CorpusSnapshot? _pruned;

    /// <summary>Reads every document of the snapshot not yet known, and forgets those no longer in it.</summary>
    public async Task WarmAsync(CorpusSnapshot snapshot, CancellationToken cancellationToken)
    {
        await _warming.WaitAsync(cancellationToken);
        try
        {
            Prune(snapshot);
            var missing = snapshot.Documents.Select(d => d.AnalysisId).Where(id => !_known.ContainsKey(id)).ToList();
            foreach (var chunk in missing.Chunk(Chunk))
            {
                foreach (var document in await LoadAsync(chunk, cancellationToken))
                {
                    _known[document.AnalysisId] = document;
                }
            }
        }
        finally
        {
            _warming.Release();
        }
    }

    public async Task<IReadOnlyDictionary<string, ComparisonDocument>> GetAsync(CorpusSnapshot snapshot, IEnumerable<SnapshotDocument> documents, CancellationToken cancellationToken)
    {
        Prune(snapshot);
        var wanted = documents.DistinctBy(d => d.PublicId, StringComparer.Ordinal).ToList();
        var missing = wanted.Where(d => !_known.ContainsKey(d.AnalysisId)).Select(d => d.AnalysisId).ToList();
        foreach (var chunk in missing.Chunk(Chunk))
        {
            foreach (var document in await LoadAsync(chunk, cancellationToken))
            {
                _known[document.AnalysisId] = document;
            }
        }

        var result = new Dictionary<string, ComparisonDocument>(wanted.Count, StringComparer.Ordinal);
        foreach (var document in wanted)
        {
            if (_known.TryGetValue(document.AnalysisId, out var known))
            {
                result[document.PublicId] = known;
            }
        }

        return result;
    }

    /// <summary>The group's word counts summed over its documents, into arrays indexed by word id.</summary>
    public static TermGroup Sum(string name, IEnumerable<SnapshotDocument> documents, IReadOnlyDictionary<string, ComparisonDocument> details)
    {
        var size = TermIndex.Count;
        var counts = new int[size];
        var frequency = new int[size];
        long tokens = 0;
        var members = 0;
        foreach (var document in documents)
        {
            if (!details.TryGetValue(document.PublicId, out var detail))
            {
                continue;
            }

            members++;
            tokens += Math.Max(document.WordTokens, detail.TermTotal);
            for (var i = 0; i < detail.Terms.Length; i++)
            {
                counts[detail.Terms[i]] += detail.Counts[i];
                frequency[detail.Terms[i]]++;
            }
        }

        var words = TermIndex.Snapshot();
        var countTable = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequencyTable = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < size; id++)
        {
            if (counts[id] > 0)
            {
                countTable[words[id]] = counts[id];
                frequencyTable[words[id]] = frequency[id];
            }
        }

        return TermGroup.Create(name, members, tokens, countTable, frequencyTable);
    }

    private void Prune(CorpusSnapshot snapshot)
    {
        if (ReferenceEquals(_pruned, snapshot))
        {
            return;
        }

        var live = snapshot.Documents.Select(d => d.AnalysisId).ToHashSet();
        foreach (var id in _known.Keys)
        {
            if (!live.Contains(id))
            {
                _known.TryRemove(id, out _);
            }
        }

        _pruned = snapshot;
    }

    private async Task<List<ComparisonDocument>> LoadAsync(long[] analysisIds, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        var rows = await db.Analyses.AsNoTracking()
            .Where(a => analysisIds.Contains(a.Id))
            .Select(a => new { a.Id, a.TermCounts, a.ThemeInstruments })
            .ToListAsync(cancellationToken);
        var priorities = (await db.Priorities.AsNoTracking()
                .Where(p => analysisIds.Contains(p.AnalysisId))
                .OrderBy(p => p.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.AnalysisId);

        // Analyses stored before the theme × instrument pairs were kept: computed from the full result once.
        var legacy = rows.Where(r => r.ThemeInstruments is null).Select(r => r.Id).ToArray();
        var legacyPairs = new Dictionary<long, Dictionary<(string, string), int>>();
        if (legacy.Length > 0)
        {
            var results = await db.Analyses.AsNoTracking()
                .Where(a => legacy.Contains(a.Id))
                .Select(a => new { a.Id, a.Document!.PublicId, a.Document.NormalisedText, a.ResultJson })
                .ToListAsync(cancellationToken);
            foreach (var r in results)
            {
                var result = StoredResult.FromJson(r.ResultJson, r.PublicId, r.NormalisedText);
                legacyPairs[r.Id] = StoredThemeDetails.ThemeInstruments(result.Measures, result.ThemeHits);
            }
        }

        return [.. rows.Select(r =>
        {
            var counts = StoredTermCounts.Read(r.TermCounts);
            var terms = new int[counts.Count];
            var values = new int[counts.Count];
            var i = 0;
            foreach (var (word, count) in counts)
            {
                terms[i] = TermIndex.Id(word);
                values[i++] = count;
            }

            return new ComparisonDocument(
                r.Id,
                terms,
                values,
                values.Sum(),
                [.. priorities[r.Id].Select(ToPriority)],
                r.ThemeInstruments is { } stored ? StoredThemeDetails.ReadThemeInstruments(stored) : legacyPairs.GetValueOrDefault(r.Id) ?? []);
        })];
    }

    private static Priority ToPriority(Store.Entities.DocumentPriority p) => new(
        Enum.Parse<PriorityKind>(p.Kind, ignoreCase: true),
        p.Item,
        p.GroupName,
        p.Number,
        p.Quantity,
        p.Unit,
        p.Year,
        p.SentenceIndex,
        p.Start,
        p.Length,
        p.Occurrences,
        p.IndustryId,
        p.IndustryCategory);
}
