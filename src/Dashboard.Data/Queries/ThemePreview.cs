using Dashboard.Analysis.Text;
using Dashboard.Analysis.Themes;
using Dashboard.Data.Store;
using Dashboard.Segmentation;

namespace Dashboard.Data.Queries;

/// <summary>A word of the sample as the segmenter cut it, with the theme whose term it is (if any).</summary>
public sealed record PreviewToken(string Word, string? ThemeId, bool IsWord);

/// <summary>A theme's score in the sample: hits, hits per 1,000 words, and which of its terms were found.</summary>
public sealed record PreviewScore(string ThemeId, int Hits, double PerThousandTokens, IReadOnlyList<string> Terms);

/// <summary>How a sample sentence is segmented and scored under a taxonomy.</summary>
public sealed record ThemePreviewResult(IReadOnlyList<PreviewToken> Tokens, int WordTokens, IReadOnlyList<PreviewScore> Scores);

/// <summary>
/// The taxonomy editor's live preview: segments a sample with the EDITED taxonomy's terms in the user dictionary
/// and matches them as the analysis would, before anything is saved. A segmenter for a changed word list is built
/// once and kept for the next keystrokes; the analysis in force is never touched.
/// </summary>
public sealed class ThemePreviewer(ActiveAnalysis analysis)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private (string Key, JiebaSegmenter Segmenter)? _cached;

    public async Task<ThemePreviewResult> PreviewAsync(ThemeTaxonomy taxonomy, string sample, CancellationToken cancellationToken = default)
    {
        var resources = analysis.Resources;
        var segmenter = await SegmenterForAsync(taxonomy, cancellationToken);
        var text = new TextAnalyser(resources.Text.Normaliser, segmenter).Analyse(sample);
        var hits = new ThemeMatcher(taxonomy).FindHits("preview", text);
        var words = WordTokens.Count(text.Tokens);
        var tokens = text.Tokens.Select(t => new PreviewToken(t.Word, taxonomy.ThemeOfTerm(t.Word)?.Id, WordTokens.IsWord(t))).ToList();
        var scores = hits.GroupBy(h => h.ThemeId, StringComparer.Ordinal)
            .Select(g => new PreviewScore(g.Key, g.Count(), words == 0 ? 0 : g.Count() * 1000.0 / words, [.. g.Select(h => h.Term).Distinct(StringComparer.Ordinal)]))
            .OrderByDescending(s => s.Hits)
            .ThenBy(s => s.ThemeId, StringComparer.Ordinal)
            .ToList();
        return new ThemePreviewResult(tokens, words, scores);
    }

    private async Task<JiebaSegmenter> SegmenterForAsync(ThemeTaxonomy taxonomy, CancellationToken cancellationToken)
    {
        var resources = analysis.Resources;
        var words = AnalysisVocabulary.Words(taxonomy, resources.Rules).ToList();
        if (words.SequenceEqual(AnalysisVocabulary.Words(resources.Taxonomy, resources.Rules), StringComparer.Ordinal))
        {
            return resources.Text.Segmenter;
        }

        var key = string.Join('\n', words);
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } cached && cached.Key == key)
            {
                return cached.Segmenter;
            }

            var segmenter = await Task.Run(() => AnalysisVocabulary.CreateSegmenter(resources.Text.Segmenter.Paths, taxonomy, resources.Rules), cancellationToken);
            _cached = (key, segmenter);
            return segmenter;
        }
        finally
        {
            _building.Release();
        }
    }
}
