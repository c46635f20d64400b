namespace Dashboard.Analysis.Priorities;

/// <summary>
/// The head nouns that make a list a list of industries: 生物发酵、食品加工…六大产业集群; 下一代移动通信…等领域.
/// A list under any other head (单位, 成果, 工具) or none (高端化、数字化…; 市发改委、市科技局…) names no industry.
/// </summary>
internal static class ListHeads
{
    /// <summary>Longest first, so 产业集群 wins over 产业 where both match.</summary>
    public static readonly string[] Industry =
        ["产业集群", "产业基地", "产业园区", "产业链", "产业", "集群", "行业", "领域", "赛道", "板块", "业态", "基地", "园区"];

    /// <summary>Heads too general to stand alone as a group: 领域 under a sentence about 未来产业 is 未来产业领域.</summary>
    public static readonly string[] Generic = ["领域", "赛道", "方向", "行业", "板块"];

    /// <summary>Qualifiers that, with a head, make a category rather than an industry: 新兴产业, 重点领域, 关键领域.</summary>
    public static readonly string[] CategoryQualifiers =
        ["新兴", "未来", "传统", "主导", "支柱", "优势", "特色", "重点", "关键", "相关", "其他", "各类", "战略性新兴", "现代", "热点", "细分", "首位", "战新", "核心", "关联", "配套"];

    public static string? IndustryHeadAt(string text, int index) =>
        Industry.FirstOrDefault(h => string.CompareOrdinal(text, index, h, 0, h.Length) == 0);

    public static string? IndustryHeadEnding(string text) =>
        Industry.FirstOrDefault(h => text.EndsWith(h, StringComparison.Ordinal));

    /// <summary>An item that is itself a category (新兴产业, 重点领域) or only its qualifier (重点), not a named industry.</summary>
    public static bool IsCategory(string item) =>
        CategoryQualifiers.Contains(item, StringComparer.Ordinal)
        || (IndustryHeadEnding(item) is { } head && CategoryQualifiers.Contains(item[..^head.Length], StringComparer.Ordinal));
}
