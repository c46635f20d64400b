namespace Dashboard.Data.Queries;

/// <summary>One theme in one locality: hits, hits per 1,000 words, share of the locality's theme hits, documents mentioning it.</summary>
public sealed record ThemeCell(string ThemeId, int Hits, double PerThousandTokens, double Share, int Documents);

/// <summary>A locality in view with its theme profile and instrument mix (clauses per instrument category).</summary>
public sealed record LocalityOverview(
    string Code,
    string Name,
    string EnglishName,
    string ProvinceCode,
    int Documents,
    int WordTokens,
    IReadOnlyList<ThemeCell> Themes,
    IReadOnlyDictionary<string, int> InstrumentsByCategory);

/// <summary>The overview page's numbers for the documents in view; the charts and their tables are drawn from it.</summary>
public sealed record OverviewModel(
    int DocumentCount,
    int LocalityCount,
    int UnplacedCount,
    DateOnly? Earliest,
    DateOnly? Latest,
    int WithoutYear,
    IReadOnlyList<string> ThemeIds,
    IReadOnlyList<LocalityOverview> Localities);
