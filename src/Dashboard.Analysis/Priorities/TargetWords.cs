namespace Dashboard.Analysis.Priorities;

/// <summary>The words that make a number a target, and the units a target is counted in.</summary>
internal static class TargetWords
{
    /// <summary>Longest first where one begins another (达到 before 达, which counts only right before the number).</summary>
    public static readonly string[] Cues =
    [
        "达到", "突破", "超过", "力争", "确保", "实现", "新增", "培育", "建成", "完成", "同比增长", "增长", "提高", "提升", "引进",
        "累计", "增至", "年均", "翻番", "翻一番", "超", "达",
    ];

    /// <summary>Cues too short to trust away from the number: 达 in 传达, 超 in 超长期.</summary>
    public static readonly string[] AdjacentOnly = ["超", "达"];

    /// <summary>Characters between a cue and its number that say how exact it is: 约, 近, 至.</summary>
    public const string Approximators = "约近逾至到达超";
}
