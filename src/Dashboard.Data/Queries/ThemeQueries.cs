using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Themes;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The themes pages' models: every theme with its leading localities, and one theme in detail. Rankings come from the
/// cached snapshot; the terms and key sentences from the stored theme hits of the documents in view (never
/// re-segmenting), so they always agree with the counts of the active generation.
/// </summary>
public sealed class ThemeQueries(Func<DashboardDbContext> contexts, CorpusSnapshotCache snapshots, ActiveAnalysis analysis)
{
    public const int SentencesPerLocality = 3;

    public async Task<IReadOnlyList<ThemeSummary>> ListAsync(DashboardFilter filter, int leaders = 3, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var inView = snapshot.Documents.Where(filter.Matches).ToList();
        var byLocality = ThemeRanking.ByLocality(inView);
        return [.. analysis.Resources.Taxonomy.Themes.Select(theme =>
        {
            var ranking = ThemeRanking.Build(byLocality, theme.Id);
            return new ThemeSummary(
                theme.Id,
                inView.Sum(d => d.ThemeHits.GetValueOrDefault(theme.Id)),
                inView.Count(d => d.ThemeHits.GetValueOrDefault(theme.Id) > 0),
                [.. ranking.Where(r => r.Hits > 0).Take(leaders)]);
        })];
    }

    /// <summary>The theme across the localities in view, or null when the taxonomy has no such theme.</summary>
    public async Task<ThemeDetailModel?> DetailAsync(string themeId, DashboardFilter filter, int sentencesPerLocality = SentencesPerLocality, CancellationToken cancellationToken = default)
    {
        var theme = analysis.Resources.Taxonomy.Find(themeId);
        if (theme is null)
        {
            return null;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var inView = snapshot.Documents.Where(filter.Matches).ToList();
        var ranking = ThemeRanking.Build(inView, themeId);
        var mentioning = inView.Where(d => d.ThemeHits.GetValueOrDefault(themeId) > 0).ToDictionary(d => d.PublicId, StringComparer.Ordinal);
        var hits = await HitsAsync(mentioning, themeId, cancellationToken);
        return new ThemeDetailModel(
            themeId,
            inView.Count,
            ranking,
            Terms(theme, hits),
            KeySentences(ranking, mentioning, hits, sentencesPerLocality));
    }

    // The stored hits of the last theme opened, for the whole snapshot: a filter change on the theme page then only
    // picks the documents in view instead of reading and parsing every stored analysis again.
    private volatile CachedHits? _lastHits;

    private sealed record CachedHits(CorpusSnapshot Snapshot, string ThemeId, ILookup<string, ThemeHit> ByDocument);

    private async Task<IReadOnlyList<ThemeHit>> HitsAsync(IReadOnlyDictionary<string, SnapshotDocument> documents, string themeId, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        if (_lastHits is not { } cached || !ReferenceEquals(cached.Snapshot, snapshot) || cached.ThemeId != themeId)
        {
            var all = snapshot.Documents.Where(d => d.ThemeHits.GetValueOrDefault(themeId) > 0).ToDictionary(d => d.PublicId, StringComparer.Ordinal);
            var hits = await ReadHitsAsync(all, themeId, cancellationToken);
            cached = new CachedHits(snapshot, themeId, hits.ToLookup(h => h.Evidence.DocumentId, StringComparer.Ordinal));
            _lastHits = cached;
        }

        return [.. documents.Keys.Order(StringComparer.Ordinal).SelectMany(id => cached.ByDocument[id])];
    }

    private async Task<IReadOnlyList<ThemeHit>> ReadHitsAsync(IReadOnlyDictionary<string, SnapshotDocument> documents, string themeId, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        var rows = await StoredResultRow.ReadAsync(contexts, [.. documents.Keys], cancellationToken);
        return [.. rows
            .OrderBy(r => r.PublicId, StringComparer.Ordinal)
            .SelectMany(r => r.Read().ThemeHits.Where(h => h.ThemeId == themeId))];
    }

    /// <summary>Every term of the theme with its hits, most-used first; terms never found stay listed with zero.</summary>
    private static IReadOnlyList<ThemeTermCount> Terms(Theme theme, IReadOnlyList<ThemeHit> hits)
    {
        var byTerm = hits.GroupBy(h => h.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var order = theme.Terms.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        return [.. theme.Terms.Concat(byTerm.Keys.Where(t => !order.ContainsKey(t)))
            .Select(term => byTerm.TryGetValue(term, out var list)
                ? new ThemeTermCount(term, list.Count, list.Select(h => h.Evidence.DocumentId).Distinct(StringComparer.Ordinal).Count())
                : new ThemeTermCount(term, 0, 0))
            .OrderByDescending(t => t.Hits)
            .ThenBy(t => order.GetValueOrDefault(t.Term, int.MaxValue))];
    }

    /// <summary>
    /// Per locality, the sentences that say the most of the theme: most distinct terms, then most hits; a sentence
    /// repeated word for word is shown once. The first term of each sentence is marked.
    /// </summary>
    private static IReadOnlyList<LocalityKeySentences> KeySentences(
        IReadOnlyList<ThemeLocalityRank> ranking, IReadOnlyDictionary<string, SnapshotDocument> documents, IReadOnlyList<ThemeHit> hits, int perLocality)
    {
        var byLocality = hits
            .Where(h => documents[h.Evidence.DocumentId].Place is not null)
            .GroupBy(h => LocalityOf(documents[h.Evidence.DocumentId]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<LocalityKeySentences>();
        foreach (var locality in ranking.Where(r => byLocality.ContainsKey(r.Code)))
        {
            var sentences = byLocality[locality.Code]
                .GroupBy(h => (h.Evidence.DocumentId, h.Evidence.SentenceIndex))
                .Select(g => g.OrderBy(h => h.Evidence.Start).ToList())
                .OrderByDescending(g => g.Select(h => h.Term).Distinct(StringComparer.Ordinal).Count())
                .ThenByDescending(g => g.Count)
                .ThenBy(g => g[0].Evidence.DocumentId, StringComparer.Ordinal)
                .ThenBy(g => g[0].Evidence.SentenceIndex)
                .DistinctBy(g => g[0].Evidence.Sentence, StringComparer.Ordinal)
                .Take(perLocality)
                .Select(g => Sentence(documents[g[0].Evidence.DocumentId], g[0]))
                .ToList();
            result.Add(new LocalityKeySentences(locality.Code, locality.Name, locality.EnglishName, sentences));
        }

        return result;
    }

    private static string LocalityOf(SnapshotDocument document) => document.Place!.Code;

    private static EvidenceSentence Sentence(SnapshotDocument document, ThemeHit hit) => new(
        document.PublicId,
        document.Title,
        document.Place?.Code,
        document.Place?.Name ?? Grouping.Unplaced.Name,
        document.Place?.EnglishName ?? Grouping.Unplaced.EnglishName,
        document.Date.ToString(),
        hit.Evidence.SentenceIndex,
        hit.Evidence.Sentence,
        hit.Evidence.StartInSentence,
        hit.Evidence.Length,
        hit.Term);
}
