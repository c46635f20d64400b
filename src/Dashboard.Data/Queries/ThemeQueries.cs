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

    /// <summary>How many localities (most speaking of the theme first) get key sentences at first; a page asks for
    /// more as the reader wants them.</summary>
    public const int LocalitiesWithSentences = 12;

    public async Task<IReadOnlyList<ThemeSummary>> ListAsync(DashboardFilter filter, int leaders = 3, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var inView = snapshot.Documents.Where(filter.Matches).ToList();
        var byLocality = ThemeRanking.ByLocality(inView);

        // Every document's counts read once, for all themes (unplaced documents count too).
        var totals = new Dictionary<string, (int Hits, int Documents)>(StringComparer.Ordinal);
        foreach (var document in inView)
        {
            foreach (var (themeId, hits) in document.ThemeHits)
            {
                if (hits > 0)
                {
                    var (sum, documents) = totals.GetValueOrDefault(themeId);
                    totals[themeId] = (sum + hits, documents + 1);
                }
            }
        }

        return [.. analysis.Resources.Taxonomy.Themes.Select(theme =>
        {
            var ranking = ThemeRanking.Build(byLocality, theme.Id);
            var (hits, documents) = totals.GetValueOrDefault(theme.Id);
            return new ThemeSummary(theme.Id, hits, documents, [.. ranking.Where(r => r.Hits > 0).Take(leaders)]);
        })];
    }

    /// <summary>
    /// The theme across the localities in view, or null when the taxonomy has no such theme. Terms and the ranking of
    /// key sentences come from the snapshot (precomputed per document and theme when it was analysed); only the texts
    /// of the sentences shown are read, once per snapshot. Analyses stored before that was kept are read whole.
    /// </summary>
    public async Task<ThemeDetailModel?> DetailAsync(
        string themeId,
        DashboardFilter filter,
        int sentencesPerLocality = SentencesPerLocality,
        int localities = LocalitiesWithSentences,
        CancellationToken cancellationToken = default)
    {
        var theme = analysis.Resources.Taxonomy.Find(themeId);
        if (theme is null)
        {
            return null;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var inView = snapshot.Documents.Where(filter.Matches).ToList();
        var ranking = ThemeRanking.Build(inView, themeId);
        var mentioning = inView.Where(d => d.ThemeHits.GetValueOrDefault(themeId) > 0).ToList();
        var legacy = mentioning.Where(d => !d.ThemeDetails.ContainsKey(themeId)).ToDictionary(d => d.PublicId, StringComparer.Ordinal);
        var legacyHits = await ReadHitsAsync(legacy, themeId, cancellationToken);
        var speaking = ranking.Where(r => r.Hits > 0).ToList();
        var shown = speaking.Take(Math.Max(0, localities)).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var candidates = Candidates(mentioning.Where(d => d.Place is { } place && shown.Contains(place.Code)).ToList(), themeId, legacyHits);
        var keySentences = await KeySentencesAsync(snapshot, themeId, ranking, candidates, sentencesPerLocality, cancellationToken);
        return new ThemeDetailModel(themeId, inView.Count, ranking, Terms(theme, themeId, mentioning, legacyHits), keySentences)
        {
            LocalitiesWithSentences = speaking.Count,
        };
    }

    /// <summary>A sentence that may be shown for its locality: its document, its score, and its text when known.</summary>
    private sealed record Candidate(SnapshotDocument Document, KeySentenceScore Score, StoredKeySentence? Text);

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
    private static IReadOnlyList<ThemeTermCount> Terms(Theme theme, string themeId, IReadOnlyList<SnapshotDocument> mentioning, IReadOnlyList<ThemeHit> legacyHits)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in mentioning)
        {
            if (document.ThemeDetails.TryGetValue(themeId, out var details))
            {
                foreach (var (term, count) in details.Terms)
                {
                    hits[term] = hits.GetValueOrDefault(term) + count;
                    documents[term] = documents.GetValueOrDefault(term) + 1;
                }
            }
        }

        foreach (var group in legacyHits.GroupBy(h => h.Term, StringComparer.Ordinal))
        {
            hits[group.Key] = hits.GetValueOrDefault(group.Key) + group.Count();
            documents[group.Key] = documents.GetValueOrDefault(group.Key) + group.Select(h => h.Evidence.DocumentId).Distinct(StringComparer.Ordinal).Count();
        }

        var order = theme.Terms.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        return [.. theme.Terms.Concat(hits.Keys.Where(t => !order.ContainsKey(t)))
            .Select(term => new ThemeTermCount(term, hits.GetValueOrDefault(term), documents.GetValueOrDefault(term)))
            .OrderByDescending(t => t.Hits)
            .ThenBy(t => order.GetValueOrDefault(t.Term, int.MaxValue))];
    }

    /// <summary>The sentences that may be shown, by locality: precomputed scores, and the legacy documents' sentences with their texts.</summary>
    private static Dictionary<string, List<Candidate>> Candidates(IReadOnlyList<SnapshotDocument> mentioning, string themeId, IReadOnlyList<ThemeHit> legacyHits)
    {
        var byId = mentioning.ToDictionary(d => d.PublicId, StringComparer.Ordinal);
        var candidates = mentioning
            .Where(d => d.Place is not null && d.ThemeDetails.ContainsKey(themeId))
            .SelectMany(d => d.ThemeDetails[themeId].Sentences.Select(s => new Candidate(d, s, null)))
            .Concat(StoredThemeDetails.BestByDocument(legacyHits)
                .Where(x => byId.TryGetValue(x.DocumentId, out var d) && d.Place is not null)
                .Select(x => new Candidate(byId[x.DocumentId], new KeySentenceScore(x.Sentence.SentenceIndex, x.Sentence.DistinctTerms, x.Sentence.Hits), x.Sentence)));
        return candidates
            .GroupBy(c => LocalityOf(c.Document), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Per locality, the sentences that say the most of the theme: most distinct terms, then most hits; a sentence
    /// repeated word for word is shown once. The first term of each sentence is marked.
    /// </summary>
    private async Task<IReadOnlyList<LocalityKeySentences>> KeySentencesAsync(
        CorpusSnapshot snapshot, string themeId, IReadOnlyList<ThemeLocalityRank> ranking, Dictionary<string, List<Candidate>> candidates, int perLocality, CancellationToken cancellationToken)
    {
        // Twice as many as shown, so sentences repeated across documents can be dropped and enough remain.
        var chosen = ranking
            .Where(r => candidates.ContainsKey(r.Code))
            .Select(r => (Locality: r, Candidates: candidates[r.Code]
                .OrderByDescending(c => c.Score.DistinctTerms)
                .ThenByDescending(c => c.Score.Hits)
                .ThenBy(c => c.Document.PublicId, StringComparer.Ordinal)
                .ThenBy(c => c.Score.SentenceIndex)
                .Take(perLocality * 2)
                .ToList()))
            .ToList();
        var texts = await SentenceTextsAsync(snapshot, themeId, [.. chosen.SelectMany(c => c.Candidates).Where(c => c.Text is null).Select(c => c.Document.AnalysisId).Distinct()], cancellationToken);

        var result = new List<LocalityKeySentences>(chosen.Count);
        foreach (var (locality, list) in chosen)
        {
            var sentences = list
                .Select(c => (c.Document, Text: c.Text ?? texts.GetValueOrDefault((c.Document.AnalysisId, c.Score.SentenceIndex))))
                .Where(c => c.Text is not null)
                .DistinctBy(c => c.Text!.Sentence, StringComparer.Ordinal)
                .Take(perLocality)
                .Select(c => Sentence(c.Document, c.Text!))
                .ToList();
            result.Add(new LocalityKeySentences(locality.Code, locality.Name, locality.EnglishName, sentences));
        }

        return result;
    }

    // Texts of key sentences already read, per snapshot and theme: reopening a theme, or changing the filter on it,
    // reads only the sentences not shown before.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CorpusSnapshot, System.Collections.Concurrent.ConcurrentDictionary<(string ThemeId, long AnalysisId), IReadOnlyList<StoredKeySentence>>> _texts = [];

    private async Task<Dictionary<(long AnalysisId, int SentenceIndex), StoredKeySentence>> SentenceTextsAsync(
        CorpusSnapshot snapshot, string themeId, IReadOnlyList<long> analysisIds, CancellationToken cancellationToken)
    {
        var known = _texts.GetValue(snapshot, _ => new());
        var missing = analysisIds.Where(id => !known.ContainsKey((themeId, id))).ToList();
        if (missing.Count > 0)
        {
            await using var db = contexts();
            foreach (var chunk in missing.Chunk(500))
            {
                var rows = await db.ThemeCounts.AsNoTracking()
                    .Where(t => t.ThemeId == themeId && chunk.Contains(t.AnalysisId))
                    .Select(t => new { t.AnalysisId, t.KeySentences })
                    .ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    known[(themeId, row.AnalysisId)] = row.KeySentences is null ? [] : StoredThemeDetails.ReadSentences(row.KeySentences);
                }
            }
        }

        var result = new Dictionary<(long, int), StoredKeySentence>();
        foreach (var id in analysisIds)
        {
            foreach (var sentence in known.GetValueOrDefault((themeId, id)) ?? [])
            {
                result[(id, sentence.SentenceIndex)] = sentence;
            }
        }

        return result;
    }

    private static string LocalityOf(SnapshotDocument document) => document.Place!.Code;

    private static EvidenceSentence Sentence(SnapshotDocument document, StoredKeySentence sentence) => new(
        document.PublicId,
        document.Title,
        document.Place?.Code,
        document.Place?.Name ?? Grouping.Unplaced.Name,
        document.Place?.EnglishName ?? Grouping.Unplaced.EnglishName,
        document.Date.ToString(),
        sentence.SentenceIndex,
        sentence.Sentence,
        sentence.MatchStart,
        sentence.MatchLength,
        sentence.Term);
}
