using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>
/// What the filter bar selects: macro-regions, provinces, localities (a prefecture includes its counties), levels,
/// a date range, document kinds and themes. An empty set means "all". Dates without a year match no range.
/// </summary>
public sealed record DashboardFilter
{
    public static DashboardFilter All { get; } = new();

    public IReadOnlySet<EconomicRegion> EconomicRegions { get; init; } = new HashSet<EconomicRegion>();

    public IReadOnlySet<GeographicRegion> GeographicRegions { get; init; } = new HashSet<GeographicRegion>();

    public IReadOnlySet<string> ProvinceCodes { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> LocalityCodes { get; init; } = new HashSet<string>();

    public IReadOnlySet<AdministrativeLevel> Levels { get; init; } = new HashSet<AdministrativeLevel>();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public IReadOnlySet<DocumentKind> Kinds { get; init; } = new HashSet<DocumentKind>();

    /// <summary>Themes to show; documents are not filtered by them.</summary>
    public IReadOnlySet<string> ThemeIds { get; init; } = new HashSet<string>();

    public bool Matches(SnapshotDocument document)
    {
        var place = document.Place;
        if ((EconomicRegions.Count > 0 || GeographicRegions.Count > 0 || ProvinceCodes.Count > 0 || LocalityCodes.Count > 0 || Levels.Count > 0) && place is null)
        {
            return false;
        }

        if (place is not null)
        {
            if (EconomicRegions.Count > 0 && !EconomicRegions.Contains(place.EconomicRegion))
            {
                return false;
            }

            if (GeographicRegions.Count > 0 && !GeographicRegions.Contains(place.GeographicRegion))
            {
                return false;
            }

            if (ProvinceCodes.Count > 0 && !ProvinceCodes.Contains(place.ProvinceCode))
            {
                return false;
            }

            if (LocalityCodes.Count > 0 && !LocalityCodes.Contains(place.Code) && !(place.ParentCode is { } parent && LocalityCodes.Contains(parent)))
            {
                return false;
            }

            if (Levels.Count > 0 && !Levels.Contains(place.Level))
            {
                return false;
            }
        }

        if (From is not null || To is not null)
        {
            if (document.Date.EarliestDay is not { } day || (From is { } from && day < from) || (To is { } to && day > to))
            {
                return false;
            }
        }

        return Kinds.Count == 0 || Kinds.Contains(document.Kind);
    }
}
