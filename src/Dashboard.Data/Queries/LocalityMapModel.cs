using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>
/// One locality on the map: where it is drawn (its own point, or its prefecture's or province's when it has none),
/// its documents, and one theme's hits and hits per 1,000 words.
/// </summary>
public sealed record LocalityMapPoint(
    string Code,
    string Name,
    string EnglishName,
    double Latitude,
    double Longitude,
    CoordinateSource Source,
    string LocatedByName,
    string LocatedByEnglishName,
    int Documents,
    int Hits,
    double PerThousandTokens);

/// <summary>The localities in view placed on the map for one theme, and those that could not be placed.</summary>
public sealed record LocalityMapModel(string ThemeId, IReadOnlyList<LocalityMapPoint> Points, IReadOnlyList<LocalityOverview> Unlocated);
