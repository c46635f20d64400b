using System.Globalization;
using System.Text.Json;

namespace Dashboard.Analysis.Places;

/// <summary>
/// Map points of provinces and prefecture-level divisions: the "cp" (centre point: for a prefecture its seat of
/// government, for a province a point inside it where ECharts puts its label) that Apache ECharts 4.9.0 ships in map/json/china.json (34 provinces) and map/json/china-cities.json (prefectures and
/// the county-level cities directly under a province), keyed by GB/T 2260 code. The npm package is fetched at build
/// time like the rest of the lexicon (src/Lexicon/lexicon.lock) and copied to lexicon/places/. County-level units
/// have no point of their own there: <see cref="Locate"/> falls back to the prefecture, then the province.
/// </summary>
public sealed class PlaceCoordinates
{
    public const string ProvincesFile = "china.json";
    public const string PrefecturesFile = "china-cities.json";

    private static readonly Lazy<PlaceCoordinates> Default = new(() => Load(DefaultDirectory), LazyThreadSafetyMode.PublicationOnly);

    private readonly Dictionary<string, GeoPoint> _byCode;
    private readonly Dictionary<string, GeoPoint> _byProvinceAndName;

    private PlaceCoordinates(Dictionary<string, GeoPoint> byCode, Dictionary<string, GeoPoint> byProvinceAndName, string version)
    {
        _byCode = byCode;
        _byProvinceAndName = byProvinceAndName;
        Version = version;
    }

    /// <summary>lexicon/places beside the program, where the build copies ECharts' map files.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "lexicon", "places");

    /// <summary>The package and version the points came from, e.g. "echarts@4.9.0".</summary>
    public string Version { get; }

    /// <summary>How many divisions have a point of their own.</summary>
    public int Count => _byCode.Count;

    /// <summary>The points beside the program, loaded on first use and shared.</summary>
    /// <exception cref="FileNotFoundException">A data file is missing; the message says which and how the build fetches it.</exception>
    public static PlaceCoordinates LoadDefault() => Default.Value;

    /// <exception cref="FileNotFoundException">A data file is missing; the message says which and how the build fetches it.</exception>
    public static PlaceCoordinates Load(string directory)
    {
        var byCode = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        var byName = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var file in new[] { ProvincesFile, PrefecturesFile })
        {
            var path = Path.Combine(directory, file);
            LexiconFiles.EnsureExists(path, "echarts (map/json)", "places");
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
            {
                if (Read(feature) is not var (code, name, point))
                {
                    continue;
                }

                byCode.TryAdd(code, point);
                byName.TryAdd(NameKey(code, name), point);
            }
        }

        if (byCode.Count == 0)
        {
            throw new InvalidDataException($"No map points were found in {directory} ({ProvincesFile}, {PrefecturesFile}).");
        }

        return new PlaceCoordinates(byCode, byName, ReadVersion(directory));
    }

    /// <summary>
    /// The division's own point: by code, or, for divisions re-coded since the map data was made (吐鲁番, 哈密,
    /// 林芝…), by its short name within the same province (not for counties, whose names may repeat a prefecture's).
    /// Null when it has none.
    /// </summary>
    public GeoPoint? Find(Division division)
    {
        if (_byCode.TryGetValue(division.Code, out var point))
        {
            return point;
        }

        return division.Level != AdministrativeLevel.County
            && _byProvinceAndName.TryGetValue(NameKey(division.Code, division.ShortName), out point)
                ? point
                : null;
    }

    /// <summary>Where to draw a division: its own point, else its prefecture's, else its province's; null if none has one.</summary>
    public PlaceLocation? Locate(Division division, Gazetteer gazetteer)
    {
        if (Find(division) is { } own)
        {
            return new PlaceLocation(own, CoordinateSource.Own, division);
        }

        foreach (var ancestor in gazetteer.Ancestors(division))
        {
            if (Find(ancestor) is { } point)
            {
                var source = ancestor.Level == AdministrativeLevel.Province ? CoordinateSource.Province : CoordinateSource.Prefecture;
                return new PlaceLocation(point, source, ancestor);
            }
        }

        return null;
    }

    private static (string Code, string Name, GeoPoint Point)? Read(JsonElement feature)
    {
        var code = feature.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (!feature.TryGetProperty("properties", out var properties)
            || code is not { Length: 6 }
            || !properties.TryGetProperty("cp", out var cp)
            || cp.ValueKind != JsonValueKind.Array
            || cp.GetArrayLength() < 2)
        {
            return null;
        }

        var name = properties.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        return (code, name, new GeoPoint(cp[1].GetDouble(), cp[0].GetDouble()));
    }

    // The map files name places by their short names (东莞, 绥化, 哈尔滨市 in some files): strip a trailing 市/地区/盟.
    private static string NameKey(string code, string name)
    {
        var stem = name;
        foreach (var suffix in new[] { "地区", "市", "盟" })
        {
            if (stem.Length > suffix.Length + 1 && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{code[..2]}:{stem}");
    }

    private static string ReadVersion(string directory)
    {
        var stamp = Path.Combine(directory, ".fetched");
        return File.Exists(stamp)
            ? File.ReadAllText(stamp).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "unknown"
            : "unknown";
    }
}
