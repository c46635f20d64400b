using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dashboard.Analysis.Themes;

/// <summary>
/// The theme taxonomy, read from a JSON data file users edit (Data/themes.json by default). Its version is the
/// file's stated version plus a hash of its content, so any edit gives results a new version.
/// </summary>
public sealed class ThemeTaxonomy
{
    private readonly Dictionary<string, Theme> _byTerm;
    private readonly Dictionary<string, Theme> _byId;

    private ThemeTaxonomy(IReadOnlyList<Theme> themes, string version)
    {
        Themes = themes;
        Version = version;
        _byId = themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _byTerm = new Dictionary<string, Theme>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            foreach (var term in theme.Terms)
            {
                if (!_byTerm.TryAdd(term, theme))
                {
                    throw new InvalidDataException($"The term '{term}' is in both '{_byTerm[term].Id}' and '{theme.Id}'; a term belongs to one theme.");
                }
            }
        }
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "analysis", "themes.json");

    public IReadOnlyList<Theme> Themes { get; }

    public string Version { get; }

    /// <summary>Every term of every theme: the words the segmenter must keep whole.</summary>
    public IEnumerable<string> Terms => _byTerm.Keys;

    public Theme? ThemeOfTerm(string term) => _byTerm.GetValueOrDefault(term);

    public Theme? Find(string id) => _byId.GetValueOrDefault(id);

    public static ThemeTaxonomy LoadDefault() => Load(DefaultPath);

    public static ThemeTaxonomy Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Theme taxonomy not found: {path}.", path);
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    public static ThemeTaxonomy Parse(byte[] json, string source)
    {
        TaxonomyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TaxonomyFile>(json, DataFileJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not a valid taxonomy file: {ex.Message}", ex);
        }

        if (file?.Themes is not { Count: > 0 })
        {
            throw new InvalidDataException($"{source} defines no themes.");
        }

        var themes = new List<Theme>();
        foreach (var t in file.Themes)
        {
            if (string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Zh) || string.IsNullOrWhiteSpace(t.En))
            {
                throw new InvalidDataException($"{source}: every theme needs an id, a Chinese (zh) and an English (en) label.");
            }

            var terms = (t.Terms ?? []).Select(term => term.Trim()).Where(term => term.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count == 0)
            {
                throw new InvalidDataException($"{source}: the theme '{t.Id}' has no terms.");
            }

            themes.Add(new Theme(t.Id, t.Zh, t.En, t.Definition?.En ?? "", t.Definition?.Zh ?? "", terms));
        }

        if (themes.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() != themes.Count)
        {
            throw new InvalidDataException($"{source}: theme ids must be unique.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(json))[..8];
        return new ThemeTaxonomy(themes, $"{file.Version ?? "0"}+{hash}");
    }

    private sealed record TaxonomyFile(string? Version, List<ThemeEntry>? Themes);

    private sealed record ThemeEntry(string Id, string Zh, string En, Definition? Definition, List<string>? Terms);

    private sealed record Definition(string? En, string? Zh);
}
