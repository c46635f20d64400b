using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Themes;

/// <summary>
/// Finds the taxonomy's terms among a document's words. Terms are user-dictionary words of the segmenter, so each
/// stands as one token where it occurs whole; matching whole tokens (not substrings) means 生产力 inside
/// 新质生产力 is not counted twice, and 农业 is not found inside an unrelated longer word.
/// </summary>
public sealed class ThemeMatcher(ThemeTaxonomy taxonomy)
{
    public ThemeTaxonomy Taxonomy { get; } = taxonomy;

    public IReadOnlyList<ThemeHit> FindHits(string documentId, AnalysedText text)
    {
        var hits = new List<ThemeHit>();
        foreach (var token in text.Tokens)
        {
            var theme = Taxonomy.ThemeOfTerm(token.Word);
            if (theme is null || text.SentenceAt(token.StartIndex) is not { } sentence)
            {
                continue;
            }

            hits.Add(new ThemeHit(theme.Id, token.Word, Evidence.Of(documentId, text, sentence, token.StartIndex, token.Length)));
        }

        return hits;
    }
}
