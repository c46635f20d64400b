using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class PlaceCoordinatesTests
{
    private static readonly PlaceCoordinates Coordinates = PlaceCoordinates.LoadDefault();

    [Theory]
    [InlineData("441900", 23.05, 113.75)] // 东莞市
    [InlineData("231200", 46.64, 126.99)] // 绥化市
    [InlineData("230000", 46.76, 128.64)] // 黑龙江省 (a point inside the province)
    public void Prefectures_and_provinces_have_their_own_point(string code, double latitude, double longitude)
    {
        var location = Coordinates.Locate(PlaceTestData.Gazetteer.Find(code)!, PlaceTestData.Gazetteer);

        Assert.NotNull(location);
        Assert.Equal(CoordinateSource.Own, location.Source);
        Assert.InRange(location.Point.Latitude, latitude - 0.05, latitude + 0.05);
        Assert.InRange(location.Point.Longitude, longitude - 0.05, longitude + 0.05);
    }

    [Fact]
    public void A_county_is_drawn_at_its_prefecture()
    {
        var zhaodong = PlaceTestData.Gazetteer.Find("231282")!;

        var location = Coordinates.Locate(zhaodong, PlaceTestData.Gazetteer);

        Assert.NotNull(location);
        Assert.Equal(CoordinateSource.Prefecture, location.Source);
        Assert.Equal("231200", location.LocatedBy.Code);
    }

    [Fact]
    public void Every_province_and_nearly_every_prefecture_has_a_point()
    {
        var gazetteer = PlaceTestData.Gazetteer;

        Assert.All(gazetteer.Provinces, p => Assert.NotNull(Coordinates.Find(p)));
        var prefectures = gazetteer.All.Where(d => d.Level == AdministrativeLevel.Prefecture).ToList();
        var located = prefectures.Count(p => Coordinates.Find(p) is not null);
        Assert.True(located >= prefectures.Count - 5, $"{located} of {prefectures.Count} prefectures have a point");
        Assert.All(gazetteer.All, d => Assert.NotNull(Coordinates.Locate(d, gazetteer)));
    }

    [Fact]
    public void A_missing_file_names_the_package_and_the_fetch()
    {
        var empty = Directory.CreateTempSubdirectory("coordinates-").FullName;

        var error = Assert.Throws<FileNotFoundException>(() => PlaceCoordinates.Load(empty));

        Assert.Contains("echarts", error.Message, StringComparison.Ordinal);
        Assert.Contains("lexicon.lock", error.Message, StringComparison.Ordinal);
        Directory.Delete(empty);
    }
}
