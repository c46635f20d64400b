using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class RegionsTests
{
    [Fact]
    public void Economic_regions_partition_the_34_provinces()
    {
        var codes = Enum.GetValues<EconomicRegion>().SelectMany(Regions.ProvinceCodes).ToList();

        Assert.Equal(34, codes.Count);
        Assert.Equal(PlaceTestData.Gazetteer.Provinces.Select(p => p.Code).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Geographic_regions_partition_the_34_provinces()
    {
        var codes = Enum.GetValues<GeographicRegion>().SelectMany(Regions.ProvinceCodes).ToList();

        Assert.Equal(34, codes.Count);
        Assert.Equal(PlaceTestData.Gazetteer.Provinces.Select(p => p.Code).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(EconomicRegion.East, "东部", "East", 10)]
    [InlineData(EconomicRegion.Central, "中部", "Central", 6)]
    [InlineData(EconomicRegion.West, "西部", "West", 12)]
    [InlineData(EconomicRegion.Northeast, "东北", "Northeast", 3)]
    [InlineData(EconomicRegion.None, "未划分", "Not assigned", 3)]
    public void Economic_regions_have_labels_and_their_provinces(EconomicRegion region, string chinese, string english, int provinces)
    {
        Assert.Equal(chinese, Regions.ChineseLabel(region));
        Assert.Equal(english, Regions.EnglishLabel(region));
        Assert.Equal(provinces, Regions.ProvinceCodes(region).Count);
    }

    [Theory]
    [InlineData(GeographicRegion.NorthChina, "华北", 5)]
    [InlineData(GeographicRegion.Northeast, "东北", 3)]
    [InlineData(GeographicRegion.EastChina, "华东", 8)]
    [InlineData(GeographicRegion.CentralChina, "华中", 3)]
    [InlineData(GeographicRegion.SouthChina, "华南", 5)]
    [InlineData(GeographicRegion.Southwest, "西南", 5)]
    [InlineData(GeographicRegion.Northwest, "西北", 5)]
    public void Geographic_regions_have_labels_and_their_provinces(GeographicRegion region, string chinese, int provinces)
    {
        Assert.Equal(chinese, Regions.ChineseLabel(region));
        Assert.False(string.IsNullOrWhiteSpace(Regions.EnglishLabel(region)));
        Assert.Equal(provinces, Regions.ProvinceCodes(region).Count);
    }

    [Theory]
    [InlineData("140000", EconomicRegion.Central, GeographicRegion.NorthChina)]
    [InlineData("150000", EconomicRegion.West, GeographicRegion.NorthChina)]
    [InlineData("450000", EconomicRegion.West, GeographicRegion.SouthChina)]
    [InlineData("340000", EconomicRegion.Central, GeographicRegion.EastChina)]
    [InlineData("710000", EconomicRegion.None, GeographicRegion.EastChina)]
    [InlineData("810000", EconomicRegion.None, GeographicRegion.SouthChina)]
    public void A_province_code_finds_its_regions(string code, EconomicRegion economic, GeographicRegion geographic)
    {
        Assert.Equal(economic, Regions.EconomicRegionOf(code));
        Assert.Equal(geographic, Regions.GeographicRegionOf(code));
    }
}
