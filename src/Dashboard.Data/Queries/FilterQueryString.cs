using System.Globalization;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>
/// A <see cref="DashboardFilter"/> as URL query parameters and back, so every view is a link that reopens exactly as
/// shared. Lists are comma-separated; values that do not parse are dropped rather than failing the page.
/// </summary>
public static class FilterQueryString
{
    public const string EconomicRegionKey = "region";
    public const string GeographicRegionKey = "area";
    public const string ProvinceKey = "province";
    public const string LocalityKey = "locality";
    public const string LevelKey = "level";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string KindKey = "kind";
    public const string ThemeKey = "theme";

    /// <summary>Every key the filter owns, so a page can replace them and keep its own parameters.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [EconomicRegionKey, GeographicRegionKey, ProvinceKey, LocalityKey, LevelKey, FromKey, ToKey, KindKey, ThemeKey];

    public static DashboardFilter Parse(IReadOnlyDictionary<string, string?> query) => new()
    {
        EconomicRegions = Enums<EconomicRegion>(query, EconomicRegionKey),
        GeographicRegions = Enums<GeographicRegion>(query, GeographicRegionKey),
        ProvinceCodes = Codes(query, ProvinceKey),
        LocalityCodes = Codes(query, LocalityKey),
        Levels = Enums<AdministrativeLevel>(query, LevelKey),
        From = Date(query, FromKey),
        To = Date(query, ToKey),
        Kinds = Enums<DocumentKind>(query, KindKey),
        ThemeIds = Words(query, ThemeKey),
    };

    /// <summary>The filter's parameters; empty selections are left out so an unfiltered view has a clean URL.</summary>
    public static IReadOnlyDictionary<string, string?> Format(DashboardFilter filter) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [EconomicRegionKey] = Join(filter.EconomicRegions.Select(Slug)),
        [GeographicRegionKey] = Join(filter.GeographicRegions.Select(Slug)),
        [ProvinceKey] = Join(filter.ProvinceCodes),
        [LocalityKey] = Join(filter.LocalityCodes),
        [LevelKey] = Join(filter.Levels.Select(Slug)),
        [FromKey] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [ToKey] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [KindKey] = Join(filter.Kinds.Select(Slug)),
        [ThemeKey] = Join(filter.ThemeIds),
    };

    /// <summary>The query string (with its leading '?', or empty) of a filter.</summary>
    public static string ToQueryString(DashboardFilter filter)
    {
        var parts = Format(filter)
            .Where(kv => kv.Value is not null)
            .Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value!))
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>The lower-case hyphenated name used in URLs: MeetingRelease → meeting-release.</summary>
    public static string Slug<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Add('-');
            }

            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string([.. chars]);
    }

    private static string? Join(IEnumerable<string> values)
    {
        var list = values.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }

    private static IEnumerable<string> Split(IReadOnlyDictionary<string, string?> query, string key) =>
        query.TryGetValue(key, out var value) && value is not null
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    private static HashSet<T> Enums<T>(IReadOnlyDictionary<string, string?> query, string key)
        where T : struct, Enum
    {
        var bySlug = Enum.GetValues<T>().ToDictionary(Slug, v => v, StringComparer.OrdinalIgnoreCase);
        return [.. Split(query, key).Select(s => bySlug.TryGetValue(s, out var v) ? (T?)v : null).OfType<T>()];
    }

    private static HashSet<string> Codes(IReadOnlyDictionary<string, string?> query, string key) =>
        [.. Split(query, key).Where(c => c.Length == 6 && c.All(char.IsAsciiDigit))];

    private static HashSet<string> Words(IReadOnlyDictionary<string, string?> query, string key) =>
        [.. Split(query, key).Where(w => w.Length <= 64 && w.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))];

    private static DateOnly? Date(IReadOnlyDictionary<string, string?> query, string key) =>
        query.TryGetValue(key, out var value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
