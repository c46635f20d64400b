namespace Dashboard.Analysis.Places;

/// <summary>
/// Derives a division's short name, English name and pinyin search key from its official name.
/// The short name drops the type suffix (东莞市 → 东莞, 延边朝鲜族自治州 → 延边) unless the stem would be one character
/// (忠县, 城区 stay whole). English names are the romanised stem with a type word for everything below a prefecture-level
/// city: "Wangkui County", "Beilin District", "Yanbian Korean Autonomous Prefecture", "Xing'an League"; cities, at either
/// level, get none ("Dongguan", "Zhaodong"), and provinces use their conventional names ("Inner Mongolia", "Shaanxi").
/// </summary>
internal sealed class DivisionNaming(PlaceNameRomaniser romaniser)
{
    // Longest first: 自治县 before 县, 新区 before 区. The English type word is empty for cities and provinces.
    private static readonly (string Suffix, string TypeWord, bool Autonomous)[] Suffixes =
    [
        ("特别行政区", "", false),
        ("行政委员会", "Administrative Committee", false),
        ("自治区", "Autonomous Region", true),
        ("自治州", "Autonomous Prefecture", true),
        ("自治县", "Autonomous County", true),
        ("自治旗", "Autonomous Banner", true),
        ("地区", "Prefecture", false),
        ("新区", "New Area", false),
        ("群岛", "Islands", false),
        ("省", "", false),
        ("市", "", false),
        ("县", "County", false),
        ("区", "District", false),
        ("盟", "League", false),
        ("旗", "Banner", false),
    ];

    /// <summary>Conventional English forms of a few stems, used instead of their pinyin in English names (not in search keys).</summary>
    private static readonly Dictionary<string, string> ConventionalEnglish = new(StringComparer.Ordinal)
    {
        ["哈尔滨"] = "Harbin",
        ["呼和浩特"] = "Hohhot",
        ["乌鲁木齐"] = "Urumqi",
        ["拉萨"] = "Lhasa",
    };

    /// <summary>Names no suffix rule reads well.</summary>
    private static readonly Dictionary<string, (string Short, string English)> Whole = new(StringComparer.Ordinal)
    {
        ["中沙群岛的岛礁及其海域"] = ("中沙群岛", "Zhongsha Islands"),
        ["神农架林区"] = ("神农架", "Shennongjia Forestry District"),
        ["六枝特区"] = ("六枝", "Liuzhi Special District"),
    };

    public (string ShortName, string EnglishName, string Pinyin) Describe(string code, string name)
    {
        if (ProvinceNames.TryGet(code, out var provinceShort, out var provinceEnglish))
        {
            return (provinceShort, provinceEnglish, romaniser.SearchKey(provinceShort));
        }

        if (Whole.TryGetValue(name, out var whole))
        {
            return (whole.Short, whole.English, romaniser.SearchKey(whole.Short));
        }

        var (stem, typeWord, autonomous) = Split(name);
        var shortName = stem.Length >= 2 ? stem : name;
        var englishStem = EnglishStem(stem);
        // 梅里斯达斡尔族区 names its ethnic group without being autonomous.
        if (autonomous || stem.EndsWith('族'))
        {
            if (EthnicGroups.Whole(stem) is { } only)
            {
                shortName = only.Chinese;
                englishStem = only.English;
            }
            else
            {
                var (place, groups) = EthnicGroups.Split(stem);
                shortName = place;
                englishStem = EnglishStem(place);
                if (groups.Count > 0)
                {
                    englishStem += " " + EthnicGroups.EnglishList(groups);
                }
            }
        }

        var english = typeWord.Length == 0 ? englishStem : englishStem + " " + typeWord;
        return (shortName, english, romaniser.SearchKey(shortName));
    }

    /// <summary>The stem and type of a name: the longest suffix leaving at least two characters, else the first leaving one.</summary>
    private static (string Stem, string TypeWord, bool Autonomous) Split(string name)
    {
        (string, string, bool)? oneCharacterStem = null;
        foreach (var (suffix, typeWord, autonomous) in Suffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Length == suffix.Length)
            {
                continue;
            }

            var stem = name[..^suffix.Length];
            if (stem.Length >= 2)
            {
                return (stem, typeWord, autonomous);
            }

            oneCharacterStem ??= (stem, typeWord, autonomous);
        }

        return oneCharacterStem ?? (name, "", false);
    }

    private string EnglishStem(string stem) =>
        ConventionalEnglish.TryGetValue(stem, out var conventional) ? conventional : romaniser.English(stem);
}
