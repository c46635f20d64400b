namespace Dashboard.Data.Queries;

/// <summary>One locality's share of a theme: hits, hits per 1,000 words, and how many of its documents mention it.</summary>
public sealed record ThemeLocalityRank(
    string Code,
    string Name,
    string EnglishName,
    string ProvinceCode,
    int Hits,
    double PerThousandTokens,
    int Documents,
    int DocumentsInLocality,
    int WordTokens);

/// <summary>A term of the theme and how often it was found in the documents in view.</summary>
public sealed record ThemeTermCount(string Term, int Hits, int Documents);

/// <summary>The sentences that say the most about a theme in one locality.</summary>
public sealed record LocalityKeySentences(string Code, string Name, string EnglishName, IReadOnlyList<EvidenceSentence> Sentences);

/// <summary>A theme on the themes list: its totals in view and the localities that lead it.</summary>
public sealed record ThemeSummary(string ThemeId, int Hits, int Documents, IReadOnlyList<ThemeLocalityRank> Ranking);

/// <summary>One theme across the localities in view: ranking, the terms that carry it, key sentences per locality.</summary>
public sealed record ThemeDetailModel(
    string ThemeId,
    int DocumentsInView,
    IReadOnlyList<ThemeLocalityRank> Ranking,
    IReadOnlyList<ThemeTermCount> Terms,
    IReadOnlyList<LocalityKeySentences> KeySentences)
{
    /// <summary>How many localities in view have key sentences; <see cref="KeySentences"/> holds the first of them.</summary>
    public int LocalitiesWithSentences { get; init; }

    public int Hits => Ranking.Sum(r => r.Hits);
}
