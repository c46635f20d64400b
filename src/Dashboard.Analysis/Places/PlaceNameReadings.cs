namespace Dashboard.Analysis.Places;

/// <summary>
/// Readings of polyphonic characters in place names where pinyin-data's first reading is wrong and it has no word entry
/// (or a wrong one, as 大城 dài chéng). Toneless, syllables separated by spaces.
/// </summary>
internal static class PlaceNameReadings
{
    /// <summary>Whole names or stems, checked before pinyin-data's word entries.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["重庆"] = "chong qing",
        ["长沙"] = "chang sha",
        ["长春"] = "chang chun",
        ["长子"] = "zhang zi",
        ["厦门"] = "xia men",
        ["蚌埠"] = "beng bu",
        ["六安"] = "lu an",
        ["六合"] = "lu he",
        ["丽水"] = "li shui",
        ["乐山"] = "le shan",
        ["乐亭"] = "lao ting",
        ["乐清"] = "yue qing",
        ["番禺"] = "pan yu",
        ["莘县"] = "shen xian",
        ["大理"] = "da li",
        ["大城"] = "da cheng",
        ["蔚县"] = "yu xian",
        ["东阿"] = "dong e",
        ["牟平"] = "mu ping",
        ["荥经"] = "ying jing",
        ["铅山"] = "yan shan",
        ["浚县"] = "xun xian",
        ["单县"] = "shan xian",
        ["黄陂"] = "huang pi",
        ["犍为"] = "qian wei",
        ["筠连"] = "jun lian",
        ["莎车"] = "sha che",
        ["覃塘"] = "qin tang",
        ["曾都"] = "zeng du",
        ["涡阳"] = "guo yang",
        ["繁峙"] = "fan shi",
        ["调兵山"] = "diao bing shan",
    };

    /// <summary>Single characters whose usual reading in place names is not pinyin-data's first one.</summary>
    public static readonly IReadOnlyDictionary<char, string> Characters = new Dictionary<char, string>
    {
        ['都'] = "du", // 成都, 都江堰, 宜都, 都匀 (first reading: dōu)
        ['藏'] = "zang", // 西藏, 藏族 (first: cáng)
        ['扎'] = "zha", // 扎赉特, 扎鲁特, 扎囊 (first: zā)
        ['睢'] = "sui", // 睢宁, 睢县, 睢阳 (first: huī)
        ['什'] = "shi", // 什邡, 喀什 (first: shén)
        ['重'] = "chong", // 重庆 and its districts
        ['蚌'] = "beng", // 蚌埠, 蚌山区
        ['莞'] = "guan", // 东莞 (first: wǎn)
        ['厦'] = "xia", // 厦门 (first: shà)
        ['仡'] = "ge", // 仡佬族 (first: yì)
        ['歙'] = "she", // 歙县 (first: xī)
        ['枞'] = "zong", // 枞阳 (first: cōng)
        ['柞'] = "zha", // 柞水 (first: zuò)
        ['蔚'] = "yu", // 蔚县 (first: wèi)
        ['陂'] = "pi", // 黄陂 (first: bēi)
        ['峙'] = "shi", // 繁峙 (first: zhì)
        ['调'] = "diao", // 调兵山 (first: tiáo)
        ['曾'] = "zeng", // 曾都 (first: céng)
        ['覃'] = "qin", // 覃塘 (first: tán)
        ['犍'] = "qian", // 犍为 (first: jiān)
        ['筠'] = "jun", // 筠连 (first: yún)
        ['莎'] = "sha", // 莎车 (first: suō)
    };
}
