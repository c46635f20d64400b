namespace Dashboard.Analysis.Places;

/// <summary>
/// Labels of the regions and which provinces each holds. Province codes are the 6-digit GB/T 2260 codes ("440000").
/// </summary>
public static class Regions
{
    private static readonly Dictionary<EconomicRegion, (string Chinese, string English, string[] Provinces)> Economic = new()
    {
        [EconomicRegion.East] = ("东部", "East", ["110000", "120000", "130000", "310000", "320000", "330000", "350000", "370000", "440000", "460000"]),
        [EconomicRegion.Central] = ("中部", "Central", ["140000", "340000", "360000", "410000", "420000", "430000"]),
        [EconomicRegion.West] = ("西部", "West", ["150000", "450000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000"]),
        [EconomicRegion.Northeast] = ("东北", "Northeast", ["210000", "220000", "230000"]),
        [EconomicRegion.None] = ("未划分", "Not assigned", ["710000", "810000", "820000"]),
    };

    private static readonly Dictionary<GeographicRegion, (string Chinese, string English, string[] Provinces)> Geographic = new()
    {
        [GeographicRegion.NorthChina] = ("华北", "North China", ["110000", "120000", "130000", "140000", "150000"]),
        [GeographicRegion.Northeast] = ("东北", "Northeast China", ["210000", "220000", "230000"]),
        [GeographicRegion.EastChina] = ("华东", "East China", ["310000", "320000", "330000", "340000", "350000", "360000", "370000", "710000"]),
        [GeographicRegion.CentralChina] = ("华中", "Central China", ["410000", "420000", "430000"]),
        [GeographicRegion.SouthChina] = ("华南", "South China", ["440000", "450000", "460000", "810000", "820000"]),
        [GeographicRegion.Southwest] = ("西南", "Southwest China", ["500000", "510000", "520000", "530000", "540000"]),
        [GeographicRegion.Northwest] = ("西北", "Northwest China", ["610000", "620000", "630000", "640000", "650000"]),
    };

    public static string ChineseLabel(EconomicRegion region) => Economic[region].Chinese;

    public static string EnglishLabel(EconomicRegion region) => Economic[region].English;

    public static string ChineseLabel(GeographicRegion region) => Geographic[region].Chinese;

    public static string EnglishLabel(GeographicRegion region) => Geographic[region].English;

    public static IReadOnlyList<string> ProvinceCodes(EconomicRegion region) => Economic[region].Provinces;

    public static IReadOnlyList<string> ProvinceCodes(GeographicRegion region) => Geographic[region].Provinces;

    /// <summary>The economic region of a province; <see cref="EconomicRegion.None"/> for a code in no region.</summary>
    public static EconomicRegion EconomicRegionOf(string provinceCode)
    {
        foreach (var (region, entry) in Economic)
        {
            if (entry.Provinces.Contains(provinceCode, StringComparer.Ordinal))
            {
                return region;
            }
        }

        return EconomicRegion.None;
    }

    /// <summary>The geographic region of a province.</summary>
    /// <exception cref="ArgumentException">The code is not one of the 34 province-level codes.</exception>
    public static GeographicRegion GeographicRegionOf(string provinceCode)
    {
        foreach (var (region, entry) in Geographic)
        {
            if (entry.Provinces.Contains(provinceCode, StringComparer.Ordinal))
            {
                return region;
            }
        }

        throw new ArgumentException($"'{provinceCode}' is not a province-level GB/T 2260 code.", nameof(provinceCode));
    }
}
