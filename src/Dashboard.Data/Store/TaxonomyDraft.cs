using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Analysis.Themes;

namespace Dashboard.Data.Store;

/// <summary>One theme as an editor changes it: labels, definitions and terms, before it is checked and saved.</summary>
public sealed class ThemeDraft
{
    public string Id { get; set; } = "";

    public string Chinese { get; set; } = "";

    public string English { get; set; } = "";

    public string DefinitionEnglish { get; set; } = "";

    public string DefinitionChinese { get; set; } = "";

    public List<string> Terms { get; set; } = [];

    /// <summary>The terms as they will be saved: trimmed, blanks left out.</summary>
    public IEnumerable<string> CleanTerms => Terms.Select(t => t.Trim()).Where(t => t.Length > 0);

    public static ThemeDraft From(Theme theme) => new()
    {
        Id = theme.Id,
        Chinese = theme.Chinese,
        English = theme.English,
        DefinitionEnglish = theme.DefinitionEnglish,
        DefinitionChinese = theme.DefinitionChinese,
        Terms = [.. theme.Terms],
    };
}

/// <summary>
/// A taxonomy being edited: a copy of the one in force that the editor changes freely. <see cref="TaxonomyValidation"/>
/// checks it; <see cref="ToJson"/> writes it in the themes.json format, so what is saved reads back as it was.
/// </summary>
public sealed class TaxonomyDraft
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The file's stated version (the part before the content hash).</summary>
    public string Version { get; set; } = "0";

    public List<ThemeDraft> Themes { get; set; } = [];

    public static TaxonomyDraft From(ThemeTaxonomy taxonomy) => new()
    {
        Version = taxonomy.Version.Split('+')[0],
        Themes = [.. taxonomy.Themes.Select(ThemeDraft.From)],
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new FileShape(
            "Edited in the dashboard. The version changes with the content.",
            Version,
            [.. Themes.Select(t => new ThemeShape(
                t.Id.Trim(),
                t.Chinese.Trim(),
                t.English.Trim(),
                new DefinitionShape(t.DefinitionEnglish.Trim(), t.DefinitionChinese.Trim()),
                [.. t.CleanTerms.Distinct(StringComparer.Ordinal)]))]),
        Json);

    /// <summary>The draft as a taxonomy the analysis can use (for the live preview and for saving); the draft must be valid.</summary>
    public ThemeTaxonomy ToTaxonomy(string source = "edited taxonomy") => ThemeTaxonomy.Parse(ToJson(), source);

    private sealed record FileShape(string About, string Version, IReadOnlyList<ThemeShape> Themes);

    private sealed record ThemeShape(string Id, string Zh, string En, DefinitionShape Definition, IReadOnlyList<string> Terms);

    private sealed record DefinitionShape(string En, string Zh);
}
