using Dashboard.Analysis.Themes;

namespace Dashboard.Analysis.Corpus;

/// <summary>Sums documents' theme hits into a group's theme profile.</summary>
public static class ThemeProfiles
{
    public static ThemeProfile Build(ThemeTaxonomy taxonomy, string group, IReadOnlyCollection<DocumentAnalysis> documents)
    {
        var tokens = documents.Sum(d => d.WordTokens);
        var totalHits = documents.Sum(d => d.ThemeHits.Count);
        var scores = new List<ThemeScore>(taxonomy.Themes.Count);
        foreach (var theme in taxonomy.Themes)
        {
            var terms = new Dictionary<string, int>(StringComparer.Ordinal);
            var hits = 0;
            var mentioning = 0;
            foreach (var document in documents)
            {
                var before = hits;
                foreach (var hit in document.ThemeHits)
                {
                    if (hit.ThemeId == theme.Id)
                    {
                        hits++;
                        terms[hit.Term] = terms.GetValueOrDefault(hit.Term) + 1;
                    }
                }

                if (hits > before)
                {
                    mentioning++;
                }
            }

            scores.Add(new ThemeScore(
                theme.Id,
                hits,
                mentioning,
                tokens == 0 ? 0 : hits * 1000.0 / tokens,
                totalHits == 0 ? 0 : (double)hits / totalHits,
                [.. terms.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new TermCount(t.Key, t.Value))]));
        }

        return new ThemeProfile(group, documents.Count, tokens, totalHits, scores);
    }
}
