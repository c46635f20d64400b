using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Analysis.Instruments;

/// <summary>The policy-instrument rules, read from a JSON data file users edit (Data/instruments.json by default).</summary>
public sealed class InstrumentRules
{
    private readonly Dictionary<string, List<InstrumentType>> _typesByCue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InstrumentType> _types = new(StringComparer.Ordinal);

    private InstrumentRules(IReadOnlyList<InstrumentCategory> categories, IReadOnlySet<string> markers, string version)
    {
        Categories = categories;
        MeasureMarkers = markers;
        Version = version;
        var order = 0;
        foreach (var type in categories.SelectMany(c => c.Types))
        {
            _types[type.Id] = type;
            TypeOrder[type.Id] = order++;
            foreach (var cue in type.Cues)
            {
                if (!_typesByCue.TryGetValue(cue, out var list))
                {
                    _typesByCue[cue] = list = [];
                }

                list.Add(type);
            }
        }
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "analysis", "instruments.json");

    public IReadOnlyList<InstrumentCategory> Categories { get; }

    public IReadOnlySet<string> MeasureMarkers { get; }

    public string Version { get; }

    /// <summary>Position of each type in the file: the tie-breaker when two types have as many cues in a clause.</summary>
    internal Dictionary<string, int> TypeOrder { get; } = new(StringComparer.Ordinal);

    /// <summary>Every marker and cue: the words the segmenter must keep whole.</summary>
    public IEnumerable<string> Words => MeasureMarkers.Concat(_typesByCue.Keys).Distinct(StringComparer.Ordinal);

    public IReadOnlyList<InstrumentType> TypesOfCue(string word) => _typesByCue.TryGetValue(word, out var list) ? list : [];

    public InstrumentType? FindType(string id) => _types.GetValueOrDefault(id);

    public InstrumentCategory? CategoryOf(string typeId) =>
        _types.TryGetValue(typeId, out var type) ? Categories.First(c => c.Id == type.CategoryId) : null;

    public static InstrumentRules LoadDefault() => Load(DefaultPath);

    public static InstrumentRules Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Instrument rules not found: {path}.", path);
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    public static InstrumentRules Parse(byte[] json, string source)
    {
        RulesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RulesFile>(json, DataFileJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not a valid instrument rules file: {ex.Message}", ex);
        }

        if (file?.Categories is not { Count: > 0 } || file.MeasureMarkers is not { Count: > 0 })
        {
            throw new InvalidDataException($"{source} needs measureMarkers and at least one category.");
        }

        var categories = new List<InstrumentCategory>();
        foreach (var c in file.Categories)
        {
            if (string.IsNullOrWhiteSpace(c.Id) || c.Types is not { Count: > 0 })
            {
                throw new InvalidDataException($"{source}: every category needs an id and types.");
            }

            var types = c.Types.Select(t =>
            {
                if (string.IsNullOrWhiteSpace(t.Id) || t.Id == InstrumentType.NoneId || t.Cues is not { Count: > 0 })
                {
                    throw new InvalidDataException($"{source}: every type of '{c.Id}' needs an id (not 'none') and cue words.");
                }

                return new InstrumentType(t.Id, c.Id, t.Zh ?? t.Id, t.En ?? t.Id, t.Cues.Select(x => x.Trim()).Where(x => x.Length > 0).ToList());
            }).ToList();
            categories.Add(new InstrumentCategory(c.Id, c.Zh ?? c.Id, c.En ?? c.Id, c.Definition?.En ?? "", c.Definition?.Zh ?? "", types));
        }

        var ids = categories.SelectMany(c => c.Types).Select(t => t.Id).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw new InvalidDataException($"{source}: instrument type ids must be unique.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(json))[..8];
        var markers = file.MeasureMarkers.Select(m => m.Trim()).Where(m => m.Length > 0).ToHashSet(StringComparer.Ordinal);
        return new InstrumentRules(categories, markers, $"{file.Version ?? "0"}+{hash}");
    }

    private sealed record RulesFile(string? Version, List<string>? MeasureMarkers, List<CategoryEntry>? Categories);

    private sealed record CategoryEntry(string Id, string? Zh, string? En, DefinitionEntry? Definition, List<TypeEntry>? Types);

    private sealed record TypeEntry(string Id, string? Zh, string? En, List<string>? Cues);

    private sealed record DefinitionEntry(string? En, string? Zh);
}
