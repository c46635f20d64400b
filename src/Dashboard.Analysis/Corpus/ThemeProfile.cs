namespace Dashboard.Analysis.Corpus;

/// <summary>How much a group of documents (a locality, a province, any group) says about one theme.</summary>
/// <param name="Hits">Occurrences of the theme's terms.</param>
/// <param name="Documents">Documents of the group that mention the theme at all.</param>
/// <param name="PerThousandTokens">Hits per 1,000 word tokens of the group's text.</param>
/// <param name="Share">The theme's part of all theme hits of the group (0–1).</param>
/// <param name="Terms">The terms that carry it, most frequent first.</param>
public sealed record ThemeScore(string ThemeId, int Hits, int Documents, double PerThousandTokens, double Share, IReadOnlyList<TermCount> Terms);

/// <summary>The theme profile of a group: one score per theme of the taxonomy, in taxonomy order.</summary>
public sealed record ThemeProfile(string Group, int DocumentCount, int TokenCount, int TotalHits, IReadOnlyList<ThemeScore> Scores)
{
    public ThemeScore this[string themeId] => Scores.First(s => s.ThemeId == themeId);

    /// <summary>Themes by share, highest first.</summary>
    public IEnumerable<ThemeScore> Ranked => Scores.OrderByDescending(s => s.Hits).ThenBy(s => s.ThemeId, StringComparer.Ordinal);
}
