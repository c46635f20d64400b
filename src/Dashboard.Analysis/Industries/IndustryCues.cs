using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Analysis.Industries;

/// <summary>
/// The words that show a text setting an industry as a priority, read from a JSON data file beside the vocabulary
/// (Data/industry-cues.json), each entry with its source. Code only applies them (see <see cref="IndustryFinder"/>).
/// </summary>
public sealed class IndustryCues
{
    private IndustryCues(CuesFile file, string version)
    {
        Heads = Longest(file.Heads);
        PriorityVerbs = Longest(file.PriorityVerbs);
        DevelopmentPredicates = Longest(file.DevelopmentPredicates);
        TitleWords = Longest(file.TitleWords);
        Modifiers = Longest(file.Modifiers);
        Blockers = Longest(file.Blockers);
        NotItems = (file.NotItems ?? []).Select(e => e.Text!).ToHashSet(StringComparer.Ordinal);
        ItemSuffixes = Longest(file.ItemSuffixes);
        NameHeads = Longest(file.NameHeads);
        UnknownHeads = Longest(file.UnknownHeads);
        NotAfterHead = Longest(file.NotAfterHead);
        NotNameEndings = Longest(file.NotNameEndings);
        ReferenceOpeners = Longest(file.ReferenceOpeners);
        Version = version;
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "analysis", "industry-cues.json");

    /// <summary>Generic heads after an industry's name: 产业集群, 产业链, 产业, 行业, 领域, 业. Longest first.</summary>
    public IReadOnlyList<string> Heads { get; }

    /// <summary>Verbs that set what follows as a priority: 壮大, 培育, 布局, 打造, 发展. Longest first.</summary>
    public IReadOnlyList<string> PriorityVerbs { get; }

    /// <summary>What a sentence says of an industry it reports as growing: 加快发展, 增长, 起势, 产值. Longest first.</summary>
    public IReadOnlyList<string> DevelopmentPredicates { get; }

    /// <summary>Titles a city takes from an industry: 汽车之城, 中国软件名城, 世界葡萄酒之都. Longest first.</summary>
    public IReadOnlyList<string> TitleWords { get; }

    /// <summary>Qualifiers written before an industry that leave it the same industry: 前沿, 高端, 现代. Longest first.</summary>
    public IReadOnlyList<string> Modifiers { get; }

    /// <summary>Words after a name that make it part of something else: 集团, 实验室, 大会, 技术. Longest first.</summary>
    public IReadOnlyList<string> Blockers { get; }

    /// <summary>Words written after an industry's name that keep it the same industry, whatever the tagger calls them:
    /// 制造, 加工, 产品, 装备 (啤酒制造, 电子信息制造).</summary>
    public IReadOnlyList<string> ItemSuffixes { get; }

    /// <summary>Heads that are part of an industry's name rather than generic: 低空经济, 楼宇工业, 旅游业.</summary>
    public IReadOnlyList<string> NameHeads { get; }

    /// <summary>The heads after which a name the vocabulary does not know is read as an industry (发展苗圃经济, 做大临港产业).</summary>
    public IReadOnlyList<string> UnknownHeads { get; }

    /// <summary>What, written after a head, makes the name before it no industry: 体系 (现代化产业体系), 版图, “.</summary>
    public IReadOnlyList<string> NotAfterHead { get; }

    /// <summary>Endings that make a name an institution or a place, not an industry: 局, 委, 办, 中心.</summary>
    public IReadOnlyList<string> NotNameEndings { get; }

    /// <summary>How sentences open that report what the national leadership said: 习近平总书记, 党中央.</summary>
    public IReadOnlyList<string> ReferenceOpeners { get; }

    /// <summary>Phrases that look like list items of industries and are not: 招商引资, 项目建设.</summary>
    public IReadOnlySet<string> NotItems { get; }

    public string Version { get; }

    public static IndustryCues LoadDefault() => Load(DefaultPath);

    public static IndustryCues Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Industry cues not found: {path}.", path);
        }

        var json = File.ReadAllBytes(path);
        CuesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CuesFile>(json, DataFileJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid cues file: {ex.Message}", ex);
        }

        if (file is null)
        {
            throw new InvalidDataException($"{path} is empty.");
        }

        foreach (var entry in new[] { file.Heads, file.PriorityVerbs, file.DevelopmentPredicates, file.TitleWords, file.Modifiers, file.Blockers, file.NotItems, file.ItemSuffixes, file.NameHeads, file.UnknownHeads, file.NotAfterHead, file.NotNameEndings, file.ReferenceOpeners }.SelectMany(l => l ?? []))
        {
            if (string.IsNullOrWhiteSpace(entry.Text) || string.IsNullOrWhiteSpace(entry.Source))
            {
                throw new InvalidDataException($"{path}: every cue needs its text and its source ('{entry.Text}').");
            }
        }

        return new IndustryCues(file, $"{file.Version ?? "0"}+{Convert.ToHexStringLower(SHA256.HashData(json))[..8]}");
    }

    /// <summary>The head that <paramref name="text"/> ends with, longest first, or null.</summary>
    public string? HeadEnding(string text) => Heads.FirstOrDefault(h => text.Length > h.Length && text.EndsWith(h, StringComparison.Ordinal));

    /// <summary>The word of <paramref name="words"/> that starts at <paramref name="index"/>, longest first, or null.</summary>
    public static string? At(IReadOnlyList<string> words, string text, int index) =>
        words.FirstOrDefault(w => string.CompareOrdinal(text, index, w, 0, w.Length) == 0);

    private static string[] Longest(List<CueEntry>? entries) =>
        [.. (entries ?? []).Select(e => e.Text!.Trim()).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)];

    private sealed record CuesFile(
        string? Version,
        List<CueEntry>? Heads,
        List<CueEntry>? PriorityVerbs,
        List<CueEntry>? DevelopmentPredicates,
        List<CueEntry>? TitleWords,
        List<CueEntry>? Modifiers,
        List<CueEntry>? Blockers,
        List<CueEntry>? NotItems,
        List<CueEntry>? ItemSuffixes,
        List<CueEntry>? NameHeads,
        List<CueEntry>? UnknownHeads,
        List<CueEntry>? NotAfterHead,
        List<CueEntry>? NotNameEndings,
        List<CueEntry>? ReferenceOpeners);

    private sealed record CueEntry(string? Text, string? Source);
}
