using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Text;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The sentences behind a number: reads the stored analyses of the documents in view (never re-segmenting) and picks
/// the theme hits, measure clauses or term occurrences asked for, each with its document, locality and date.
/// </summary>
public sealed class EvidenceQueries(Func<DashboardDbContext> contexts, CorpusSnapshotCache snapshots)
{
    public async Task<EvidenceResult> FindAsync(DashboardFilter filter, EvidenceRequest request, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var inView = snapshot.Documents
            .Where(d => request.DocumentId is null ? filter.Matches(d) : d.PublicId == request.DocumentId)
            .Where(d => request.LocalityCodes.Count == 0 || (d.Place is { } p && (request.LocalityCodes.Contains(p.Code) || (p.ParentCode is { } parent && request.LocalityCodes.Contains(parent)))))
            .Where(d => request.ThemeId is null || d.ThemeHits.GetValueOrDefault(request.ThemeId) > 0)
            .ToDictionary(d => d.PublicId, StringComparer.Ordinal);
        if (inView.Count == 0)
        {
            return EvidenceResult.Empty;
        }

        var rows = await StoredResultRow.ReadAsync(contexts, [.. inView.Keys], cancellationToken);

        var sentences = new List<EvidenceSentence>();
        var total = 0;
        foreach (var row in rows.OrderBy(r => inView[r.PublicId].Place?.Code, StringComparer.Ordinal).ThenBy(r => r.PublicId, StringComparer.Ordinal))
        {
            var document = inView[row.PublicId];
            foreach (var (evidence, label) in Matches(row.PublicId, row.NormalisedText, row.ResultJson, request))
            {
                total++;
                if (sentences.Count < request.Limit)
                {
                    sentences.Add(new EvidenceSentence(
                        document.PublicId,
                        document.Title,
                        document.Place?.Code,
                        document.Place?.Name ?? Grouping.Unplaced.Name,
                        document.Place?.EnglishName ?? Grouping.Unplaced.EnglishName,
                        document.Date.ToString(),
                        evidence.SentenceIndex,
                        evidence.Sentence,
                        evidence.StartInSentence,
                        evidence.Length,
                        label));
                }
            }
        }

        return new EvidenceResult(sentences, total);
    }

    private static IEnumerable<(Evidence Evidence, string Label)> Matches(string documentId, string text, string resultJson, EvidenceRequest request)
    {
        if (request.Span is { } span)
        {
            return SpanSentence(documentId, text, span);
        }

        if (request.Term is { Length: > 0 } term && request.ThemeId is null && request.InstrumentCategoryId is null)
        {
            return TermOccurrences(documentId, text, term);
        }

        var result = StoredResult.FromJson(resultJson, documentId, text);
        if (request.ThemeId is { } themeId)
        {
            // One sentence per hit sentence: a sentence that says two of the theme's terms is shown once, first term marked.
            return result.ThemeHits
                .Where(h => h.ThemeId == themeId && (request.Term is null || h.Term == request.Term))
                .DistinctBy(h => h.Evidence.SentenceIndex)
                .Select(h => (h.Evidence, h.Term));
        }

        if (request.InstrumentCategoryId is { } category)
        {
            return result.Measures
                .Where(m => m.CategoryId == category)
                .Select(m => (m.Evidence, m.TypeId));
        }

        return [];
    }

    private static IEnumerable<(Evidence Evidence, string Label)> SpanSentence(string documentId, string text, EvidenceSpan span)
    {
        var sentences = SentenceSplitter.Split(text);
        if (span.SentenceIndex < 0 || span.SentenceIndex >= sentences.Count)
        {
            yield break;
        }

        // The mark is kept inside the sentence, so a span that runs past it is cut at the sentence's end.
        var sentence = sentences[span.SentenceIndex];
        var start = Math.Clamp(span.Start, sentence.Start, sentence.Start + sentence.Text.Length);
        var end = Math.Clamp(span.Start + span.Length, start, sentence.Start + sentence.Text.Length);
        yield return (new Evidence(documentId, sentence.Index, sentence.Text, sentence.Start, start, end - start, -1, 0), span.Label);
    }

    private static IEnumerable<(Evidence Evidence, string Label)> TermOccurrences(string documentId, string text, string term)
    {
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var at = sentence.Text.IndexOf(term, StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return (new Evidence(documentId, sentence.Index, sentence.Text, sentence.Start, sentence.Start + at, term.Length, -1, 0), term);
            }
        }
    }
}
