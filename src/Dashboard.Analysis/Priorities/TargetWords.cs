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

    /// <summary>Nouns after a count that measure nothing: 9个方面, 8000亿元大关, 一个阶梯式.</summary>
    public static readonly string[] NotMeasured = ["方面", "大关", "关口", "台阶", "阶梯式", "层次", "环节", "步骤", "任务", "问题", "领域"];

    /// <summary>Words at either end of what is measured that belong to the sentence, not to the measure: 预计, 同比.</summary>
    public static readonly string[] Hedges = ["预计", "同比", "全年", "力争", "累计"];

    /// <summary>Characters between a cue and its number that say how exact it is: 约, 近, 至.</summary>
    public const string Approximators = "约近逾至到达超";
}
