using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>Places the overview's localities on the map, with one theme's numbers; no database, no UI.</summary>
public static class LocalityMapQuery
{
    public static LocalityMapModel Build(OverviewModel overview, string themeId, Gazetteer gazetteer, PlaceCoordinates coordinates)
    {
        var points = new List<LocalityMapPoint>();
        var unlocated = new List<LocalityOverview>();
        foreach (var locality in overview.Localities)
        {
            var division = gazetteer.Find(locality.Code);
            var location = division is null ? null : coordinates.Locate(division, gazetteer);
            if (location is null)
            {
                unlocated.Add(locality);
                continue;
            }

            var cell = locality.Themes.FirstOrDefault(c => c.ThemeId == themeId);
            points.Add(new LocalityMapPoint(
                locality.Code,
                locality.Name,
                locality.EnglishName,
                location.Point.Latitude,
                location.Point.Longitude,
                location.Source,
                location.LocatedBy.Name,
                location.LocatedBy.EnglishName,
                locality.Documents,
                cell?.Hits ?? 0,
                cell?.PerThousandTokens ?? 0));
        }

        return new LocalityMapModel(themeId, points, unlocated);
    }
}
