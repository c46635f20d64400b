using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Analysis.Places;

/// <summary>
/// Other names of places and the contexts that make a place name a reference (Data/place-names.json, beside the
/// gazetteer's code): one-character abbreviations that count only in their contexts (在甬, 驻泉, 甬商), other names that
/// count wherever they stand (冰城, 鹭岛), and the words around a name that make it a destination, a comparison, a
/// partner, an origin, or a superior's conveyed decision rather than the text's subject. Each entry has its source.
/// </summary>
public sealed class PlaceNameTable
{
    private PlaceNameTable(TableFile file, string version)
    {
        Abbreviations = (file.Abbreviations ?? []).ToDictionary(a => a.Text![0], a => a.Code!);
        OtherNames = (file.OtherNames ?? []).ToDictionary(n => n.Text!, n => n.Code!, StringComparer.Ordinal);
        AbbreviationBefore = Words(file.AbbreviationBefore);
        AbbreviationAfter = Words(file.AbbreviationAfter);
        ReferenceSubjects = Words(file.ReferenceSubjects);
        DestinationsBefore = Words(file.DestinationsBefore);
        ComparisonsBefore = Words(file.ComparisonsBefore);
        PartnersBefore = Words(file.PartnersBefore);
        PartnersAfter = Words(file.PartnersAfter);
        OriginsBefore = Words(file.OriginsBefore);
        Conveying = Words(file.Conveying);
        ConveyedObjects = Words(file.ConveyedObjects);
        SubjectMarkers = Words(file.SubjectMarkers);
        OfficialTitles = Words(file.OfficialTitles);
        SuperiorsAfter = Words(file.SuperiorsAfter);
        SharesBefore = Words(file.SharesBefore);
        Version = version;
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "analysis", "place-names.json");

    /// <summary>One-character abbreviations and the division each denotes (甬 → 330200).</summary>
    public IReadOnlyDictionary<char, string> Abbreviations { get; }

    /// <summary>Other names and the division each denotes (冰城 → 230100).</summary>
    public IReadOnlyDictionary<string, string> OtherNames { get; }

    public IReadOnlyList<string> AbbreviationBefore { get; }

    public IReadOnlyList<string> AbbreviationAfter { get; }

    public IReadOnlyList<string> ReferenceSubjects { get; }

    public IReadOnlyList<string> DestinationsBefore { get; }

    public IReadOnlyList<string> ComparisonsBefore { get; }

    public IReadOnlyList<string> PartnersBefore { get; }

    public IReadOnlyList<string> PartnersAfter { get; }

    public IReadOnlyList<string> OriginsBefore { get; }

    public IReadOnlyList<string> Conveying { get; }

    public IReadOnlyList<string> ConveyedObjects { get; }

    public IReadOnlyList<string> SubjectMarkers { get; }

    public IReadOnlyList<string> OfficialTitles { get; }

    /// <summary>What follows superiors in the leadership formula (在市委、市政府和区委坚强领导下).</summary>
    public IReadOnlyList<string> SuperiorsAfter { get; }

    /// <summary>Words before a whole the text compares itself with (占全市比重, 占全省总量).</summary>
    public IReadOnlyList<string> SharesBefore { get; }

    public string Version { get; }

    private static readonly Lazy<PlaceNameTable> Default = new(() => Load(DefaultPath), LazyThreadSafetyMode.PublicationOnly);

    public static PlaceNameTable LoadDefault() => Default.Value;

    public static PlaceNameTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Place-name table not found: {path}.", path);
        }

        var json = File.ReadAllBytes(path);
        TableFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TableFile>(json, DataFileJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid place-name table: {ex.Message}", ex);
        }

        if (file is null)
        {
            throw new InvalidDataException($"{path} is empty.");
        }

        foreach (var entry in (file.Abbreviations ?? []).Concat(file.OtherNames ?? []))
        {
            if (string.IsNullOrWhiteSpace(entry.Text) || string.IsNullOrWhiteSpace(entry.Code) || string.IsNullOrWhiteSpace(entry.Source))
            {
                throw new InvalidDataException($"{path}: every name needs its text, its division's code and its source ('{entry.Text}').");
            }
        }

        if ((file.Abbreviations ?? []).FirstOrDefault(a => a.Text!.Length != 1) is { } long_)
        {
            throw new InvalidDataException($"{path}: the abbreviation '{long_.Text}' is not one character; put it under otherNames.");
        }

        return new PlaceNameTable(file, $"{file.Version ?? "0"}+{Convert.ToHexStringLower(SHA256.HashData(json))[..8]}");
    }

    private static string[] Words(List<WordEntry>? entries) =>
        [.. (entries ?? []).Select(e => e.Text!.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)];

    private sealed record TableFile(
        string? Version,
        List<NameEntry>? Abbreviations,
        List<NameEntry>? OtherNames,
        List<WordEntry>? AbbreviationBefore,
        List<WordEntry>? AbbreviationAfter,
        List<WordEntry>? ReferenceSubjects,
        List<WordEntry>? DestinationsBefore,
        List<WordEntry>? ComparisonsBefore,
        List<WordEntry>? PartnersBefore,
        List<WordEntry>? PartnersAfter,
        List<WordEntry>? OriginsBefore,
        List<WordEntry>? Conveying,
        List<WordEntry>? ConveyedObjects,
        List<WordEntry>? SubjectMarkers,
        List<WordEntry>? OfficialTitles,
        List<WordEntry>? SuperiorsAfter,
        List<WordEntry>? SharesBefore);

    private sealed record NameEntry(string? Text, string? Code, string? Source);

    private sealed record WordEntry(string? Text, string? Source);
}
