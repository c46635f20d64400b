namespace Dashboard.Analysis.Priorities;

/// <summary>The words that make a quoted phrase a programme: a head it names (“十百千万百万”人才工程,
/// “4106”现代化产业体系, “四个体系”), or the policy work it is (“工改工”工作).</summary>
internal static class ProgrammeWords
{
    public static readonly string[] Heads =
        ["工程", "体系", "计划", "行动", "战略", "项目", "专项", "机制", "模式", "改革", "试点", "品牌", "示范"];

    /// <summary>Words after a quotation that show it names a policy without being part of its name.</summary>
    public static readonly string[] Activities = ["工作", "政策", "行动", "改革", "试点", "专项行动", "攻坚"];

    public static string? HeadEnding(string text) => Heads.FirstOrDefault(h => text.EndsWith(h, StringComparison.Ordinal));
}
