using Dashboard.Analysis.Places;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public class LocalityMapQueryTests
{
    private static readonly Gazetteer Places = Gazetteer.LoadDefault();
    private static readonly PlaceCoordinates Coordinates = PlaceCoordinates.LoadDefault();

    private static LocalityOverview Locality(string code, int hits, double rate) =>
        new(code, Places.Find(code)!.Name, Places.Find(code)!.EnglishName, Places.Find(code)!.ProvinceCode, 1, 1000,
            [new ThemeCell("future-industries", hits, rate, 1, 1)], new Dictionary<string, int>());

    [Fact]
    public void Localities_are_placed_with_the_chosen_themes_numbers_and_counties_at_their_prefecture()
    {
        var overview = new OverviewModel(3, 3, 0, null, null, 0, ["future-industries"],
            [Locality("441900", 12, 4.5), Locality("231200", 3, 1.2), Locality("231282", 1, 0.5)]);

        var map = LocalityMapQuery.Build(overview, "future-industries", Places, Coordinates);

        Assert.Empty(map.Unlocated);
        var dongguan = map.Points.Single(p => p.Code == "441900");
        Assert.Equal(CoordinateSource.Own, dongguan.Source);
        Assert.Equal(12, dongguan.Hits);
        Assert.Equal(4.5, dongguan.PerThousandTokens);
        Assert.InRange(dongguan.Latitude, 22.5, 23.5);
        var zhaodong = map.Points.Single(p => p.Code == "231282");
        Assert.Equal(CoordinateSource.Prefecture, zhaodong.Source);
        Assert.Equal("绥化市", zhaodong.LocatedByName);
    }
}
