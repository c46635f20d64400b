namespace Dashboard.Data.Queries;

/// <summary>The parts a report can hold; the builder's checkboxes.</summary>
[Flags]
public enum ReportSections
{
    None = 0,
    Summary = 1,
    ThemeProfiles = 2,
    DistinctiveTerms = 4,
    Priorities = 8,
    InstrumentMix = 16,
    ThemeInstruments = 32,
    Evidence = 64,
    Documents = 128,
    Method = 256,
    All = Summary | ThemeProfiles | DistinctiveTerms | Priorities | InstrumentMix | ThemeInstruments | Evidence | Documents | Method,
}

/// <summary>
/// What a report shows: a title, the filter in view, the compared groups (empty: the localities in view), the
/// sections and the language ("en" or "zh-Hans"). Lives in the URL beside the filter, so a report is a link.
/// </summary>
public sealed record ReportRequest
{
    public const string TitleKey = "title";
    public const string SectionsKey = "sections";
    public const string LanguageKey = "lang";
    public const string English = "en";
    public const string Chinese = "zh-Hans";

    /// <summary>Every key a report owns beside the filter's.</summary>
    public static IReadOnlyList<string> Keys { get; } = [TitleKey, ComparisonGroupRef.Key, SectionsKey, LanguageKey];

    public string? Title { get; init; }

    public DashboardFilter Filter { get; init; } = DashboardFilter.All;

    public IReadOnlyList<ComparisonGroupRef> Groups { get; init; } = [];

    public ReportSections Sections { get; init; } = ReportSections.All;

    public string Language { get; init; } = English;

    /// <summary>Key sentences shown for each theme of each group.</summary>
    public int SentencesPerTheme { get; init; } = 2;

    public bool IsChinese => Language == Chinese;

    public bool Has(ReportSections section) => (Sections & section) == section;

    public static ReportRequest Parse(IReadOnlyDictionary<string, string?> query) => new()
    {
        Title = query.TryGetValue(TitleKey, out var title) && !string.IsNullOrWhiteSpace(title) ? title.Trim()[..Math.Min(title.Trim().Length, 200)] : null,
        Filter = FilterQueryString.Parse(query),
        Groups = ComparisonGroupRef.ParseList(query.GetValueOrDefault(ComparisonGroupRef.Key)),
        Sections = ParseSections(query.GetValueOrDefault(SectionsKey)),
        Language = ParseLanguage(query.GetValueOrDefault(LanguageKey)),
    };

    /// <summary>"zh", "zh-Hans", "zh-CN" → Chinese; anything else English.</summary>
    public static string ParseLanguage(string? value) =>
        value is not null && value.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>Comma-separated section names (any case); missing or empty means every section.</summary>
    public static ReportSections ParseSections(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ReportSections.All;
        }

        var sections = ReportSections.None;
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<ReportSections>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var one) && one != ReportSections.All)
            {
                sections |= one;
            }
        }

        return sections == ReportSections.None ? ReportSections.All : sections;
    }

    public static string FormatSections(ReportSections sections) =>
        sections == ReportSections.All
            ? ""
            : string.Join(',', Enum.GetValues<ReportSections>().Where(s => s is not (ReportSections.None or ReportSections.All) && (sections & s) == s).Select(FilterQueryString.Slug));

    /// <summary>The report's parameters (filter included); defaults are left out.</summary>
    public IReadOnlyDictionary<string, string?> Format()
    {
        var parameters = new Dictionary<string, string?>(FilterQueryString.Format(Filter), StringComparer.Ordinal)
        {
            [TitleKey] = string.IsNullOrWhiteSpace(Title) ? null : Title,
            [ComparisonGroupRef.Key] = ComparisonGroupRef.FormatList(Groups),
            [SectionsKey] = Sections == ReportSections.All ? null : FormatSections(Sections),
            [LanguageKey] = IsChinese ? "zh" : "en",
        };
        return parameters;
    }

    /// <summary>The query string, without the leading '?'.</summary>
    public string ToQueryString() =>
        string.Join('&', Format().Where(kv => kv.Value is not null).Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value!)));
}
