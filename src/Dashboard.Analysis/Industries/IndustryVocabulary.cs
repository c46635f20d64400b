using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Analysis.Industries;

/// <summary>
/// The canonical industry vocabulary, read from a JSON data file users edit (Data/industries.json by default) and
/// validated at load: unique ids, every category and group known, every term denoting one industry only, no term
/// that is also an umbrella. Its version is the file's stated version plus a hash of its content. Immutable.
/// </summary>
public sealed class IndustryVocabulary
{
    private readonly Dictionary<string, Industry> _byTerm;
    private readonly Dictionary<string, Industry> _byId;
    private readonly Dictionary<string, IndustryCategory> _categories;
    private readonly Dictionary<string, IndustryGroup> _groups;
    private readonly HashSet<string> _umbrellas;

    private IndustryVocabulary(
        IReadOnlyList<IndustryGroup> groups, IReadOnlyList<IndustryCategory> categories, IReadOnlyList<Industry> industries,
        IReadOnlySet<string> umbrellas, string version, string source)
    {
        Groups = groups;
        Categories = categories;
        Industries = industries;
        Version = version;
        _groups = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _categories = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _byId = industries.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _umbrellas = [.. umbrellas];
        _byTerm = new Dictionary<string, Industry>(StringComparer.Ordinal);
        foreach (var industry in industries)
        {
            foreach (var term in industry.Terms)
            {
                if (!_byTerm.TryAdd(term, industry))
                {
                    throw new InvalidDataException($"{source}: the term '{term}' denotes both '{_byTerm[term].Id}' and '{industry.Id}'; a term denotes one industry.");
                }

                if (_umbrellas.Contains(term))
                {
                    throw new InvalidDataException($"{source}: '{term}' is both a term of '{industry.Id}' and an umbrella term.");
                }
            }
        }

        MaxTermLength = _byTerm.Keys.Max(t => t.Length);
        _lookup = _byTerm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly Dictionary<string, Industry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "analysis", "industries.json");

    public IReadOnlyList<IndustryGroup> Groups { get; }

    public IReadOnlyList<IndustryCategory> Categories { get; }

    public IReadOnlyList<Industry> Industries { get; }

    public string Version { get; }

    public int MaxTermLength { get; }

    /// <summary>Every name and variant: the words the segmenter must keep whole.</summary>
    public IEnumerable<string> Terms => _byTerm.Keys;

    /// <summary>Words that name a class of industries, never one: 战略性新兴产业, 未来产业, 先进制造业.</summary>
    public IReadOnlySet<string> Umbrellas => _umbrellas;

    public Industry? Find(string id) => _byId.GetValueOrDefault(id);

    public IndustryCategory CategoryOf(Industry industry) => _categories[industry.CategoryId];

    public IndustryGroup GroupOf(Industry industry) => _groups[CategoryOf(industry).GroupId];

    public IndustryGroup? FindGroup(string id) => _groups.GetValueOrDefault(id);

    public IndustryCategory? FindCategory(string id) => _categories.GetValueOrDefault(id);

    /// <summary>The industry a term denotes exactly, or null.</summary>
    public Industry? OfTerm(ReadOnlySpan<char> term) => _lookup.TryGetValue(term, out var industry) ? industry : null;

    public bool IsUmbrella(string term) => _umbrellas.Contains(term);

    public static IndustryVocabulary LoadDefault() => Load(DefaultPath);

    public static IndustryVocabulary Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Industry vocabulary not found: {path}.", path);
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    public static IndustryVocabulary Parse(byte[] json, string source)
    {
        VocabularyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<VocabularyFile>(json, DataFileJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not a valid industry vocabulary: {ex.Message}", ex);
        }

        if (file?.Industries is not { Count: > 0 } || file.Groups is not { Count: > 0 } || file.Categories is not { Count: > 0 })
        {
            throw new InvalidDataException($"{source} needs groups, categories and industries.");
        }

        var groups = file.Groups.Select(g => new IndustryGroup(Required(g.Id, "group id", source), Required(g.Zh, $"zh of group {g.Id}", source), Required(g.En, $"en of group {g.Id}", source), g.Scheme ?? "")).ToList();
        Unique(groups.Select(g => g.Id), "group", source);
        var groupIds = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);

        var categories = new List<IndustryCategory>();
        foreach (var c in file.Categories)
        {
            var id = Required(c.Id, "category id", source);
            if (!groupIds.Contains(c.Group ?? ""))
            {
                throw new InvalidDataException($"{source}: the category '{id}' names the group '{c.Group}', which is not defined.");
            }

            categories.Add(new IndustryCategory(id, c.Group!, c.Code ?? "", Required(c.Zh, $"zh of category {id}", source), Required(c.En, $"en of category {id}", source), Required(c.Source, $"source of category {id}", source)));
        }

        Unique(categories.Select(c => c.Id), "category", source);
        var categoryIds = categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var industries = new List<Industry>();
        foreach (var i in file.Industries)
        {
            var id = Required(i.Id, "industry id", source);
            if (!id.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))
            {
                throw new InvalidDataException($"{source}: the industry id '{id}' must be lowercase letters, digits and hyphens.");
            }

            if (!categoryIds.Contains(i.Category ?? ""))
            {
                throw new InvalidDataException($"{source}: the industry '{id}' names the category '{i.Category}', which is not defined.");
            }

            var zh = Required(i.Zh, $"zh of industry {id}", source);
            var variants = (i.Variants ?? []).Select(v => v.Trim()).Where(v => v.Length > 0 && v != zh).Distinct(StringComparer.Ordinal).ToList();
            industries.Add(new Industry(id, zh, Required(i.En, $"en of industry {id}", source), i.Category!, variants, Required(i.Source, $"source of industry {id}", source)));
        }

        Unique(industries.Select(i => i.Id), "industry", source);
        var umbrellas = (file.Umbrellas ?? []).Select(u => Required(u.Term, "umbrella term", source)).ToHashSet(StringComparer.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(json))[..8];
        return new IndustryVocabulary(groups, categories, industries, umbrellas, $"{file.Version ?? "0"}+{hash}", source);
    }

    private static string Required(string? value, string what, string source) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{source}: {what} is missing.") : value.Trim();

    private static void Unique(IEnumerable<string> ids, string what, string source)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new InvalidDataException($"{source}: the {what} id '{id}' is defined twice.");
            }
        }
    }

    private sealed record VocabularyFile(string? Version, List<GroupEntry>? Groups, List<CategoryEntry>? Categories, List<IndustryEntry>? Industries, List<UmbrellaEntry>? Umbrellas);

    private sealed record GroupEntry(string? Id, string? Zh, string? En, string? Scheme);

    private sealed record CategoryEntry(string? Id, string? Group, string? Code, string? Zh, string? En, string? Source);

    private sealed record IndustryEntry(string? Id, string? Zh, string? En, string? Category, List<string>? Variants, string? Source);

    private sealed record UmbrellaEntry(string? Term, string? Source);
}
