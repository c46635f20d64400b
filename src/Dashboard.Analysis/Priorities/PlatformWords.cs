namespace Dashboard.Analysis.Priorities;

/// <summary>What names a platform: the suffix of its name, and for places, the suffix of a place name.</summary>
internal static class PlatformWords
{
    /// <summary>Where two start alike, the longer first. Each needs a name before it (材料|实验室, 绥化|经开区): 平台 alone is no platform.</summary>
    public static readonly string[] Suffixes =
    [
        "经开区", "高新区", "开发区", "示范区", "自贸区", "试验区", "合作区", "科学城", "科技城",
        "实验室", "产业园区", "科技园区", "产业园", "科技园", "孵化器", "研究院", "研究所", "新区", "园区", "基地", "平台", "中心", "装置",
    ];

    /// <summary>Endings of place names that are platforms when the tagger knows the word as a place (松山湖/ns).</summary>
    public static readonly string[] PlaceEndings = ["湖", "湾", "谷", "岛"];

    /// <summary>What after a suffix makes a different word: 中心组 (a study group), 创新区域, 中心城区, 平台经济.</summary>
    public static readonly string[] Continuations = ["组", "化", "型", "式", "域", "城区", "经济", "企业", "公司", "城市"];
}
