namespace Dashboard.Analysis.Places;

/// <summary>The ethnic groups named in autonomous divisions (延边朝鲜族自治州), with their usual English names.</summary>
internal static class EthnicGroups
{
    /// <summary>Chinese name without 族; 各 stands for 各族 (all ethnic groups, 龙胜各族自治县). Longest first, so 土家 wins over 土.</summary>
    public static readonly IReadOnlyList<(string Chinese, string English)> All = new (string Chinese, string English)[]
    {
        ("蒙古", "Mongol"), ("回", "Hui"), ("藏", "Tibetan"), ("维吾尔", "Uyghur"), ("苗", "Miao"), ("彝", "Yi"),
        ("壮", "Zhuang"), ("布依", "Bouyei"), ("朝鲜", "Korean"), ("满", "Manchu"), ("侗", "Dong"), ("瑶", "Yao"),
        ("白", "Bai"), ("土家", "Tujia"), ("哈尼", "Hani"), ("哈萨克", "Kazakh"), ("傣", "Dai"), ("黎", "Li"),
        ("傈僳", "Lisu"), ("佤", "Va"), ("畲", "She"), ("高山", "Gaoshan"), ("拉祜", "Lahu"), ("水", "Shui"),
        ("东乡", "Dongxiang"), ("纳西", "Naxi"), ("景颇", "Jingpo"), ("柯尔克孜", "Kyrgyz"), ("土", "Tu"),
        ("达斡尔", "Daur"), ("仫佬", "Mulao"), ("羌", "Qiang"), ("布朗", "Blang"), ("撒拉", "Salar"), ("毛南", "Maonan"),
        ("仡佬", "Gelao"), ("锡伯", "Xibe"), ("阿昌", "Achang"), ("普米", "Pumi"), ("塔吉克", "Tajik"), ("怒", "Nu"),
        ("乌孜别克", "Uzbek"), ("俄罗斯", "Russian"), ("鄂温克", "Evenki"), ("德昂", "De'ang"), ("保安", "Bonan"),
        ("裕固", "Yugur"), ("京", "Gin"), ("塔塔尔", "Tatar"), ("独龙", "Derung"), ("鄂伦春", "Oroqen"), ("赫哲", "Hezhen"),
        ("门巴", "Monpa"), ("珞巴", "Lhoba"), ("基诺", "Jino"), ("各", "Various Ethnic Groups"),
    }.OrderByDescending(e => e.Chinese.Length).ToArray();

    /// <summary>
    /// Splits the ethnic groups off the end of an autonomous division's stem: 恩施土家族苗族 → (恩施, [Tujia, Miao]).
    /// A group without 族 is recognised only when its name has two characters or more (博尔塔拉蒙古, 伊犁哈萨克).
    /// Stops before the place part would be shorter than two characters.
    /// </summary>
    public static (string Place, IReadOnlyList<(string Chinese, string English)> Groups) Split(string stem)
    {
        var groups = new List<(string Chinese, string English)>();
        var place = stem;
        while (true)
        {
            var stripped = false;
            foreach (var group in All)
            {
                foreach (var form in new[] { group.Chinese + "族", group.Chinese.Length >= 2 ? group.Chinese : null })
                {
                    if (form is not null && place.Length - form.Length >= 2 && place.EndsWith(form, StringComparison.Ordinal))
                    {
                        groups.Insert(0, group);
                        place = place[..^form.Length];
                        stripped = true;
                        break;
                    }
                }

                if (stripped)
                {
                    break;
                }
            }

            if (!stripped)
            {
                return (place, groups);
            }
        }
    }

    /// <summary>The stem is itself one ethnic group (鄂伦春自治旗, 鄂温克族自治旗): that group, else null.</summary>
    public static (string Chinese, string English)? Whole(string stem)
    {
        foreach (var group in All)
        {
            if (stem == group.Chinese || stem == group.Chinese + "族")
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>"Tujia and Miao", "Lahu, Va, Blang and Dai".</summary>
    public static string EnglishList(IReadOnlyList<(string Chinese, string English)> groups) =>
        groups.Count <= 1
            ? string.Concat(groups.Select(g => g.English))
            : string.Join(", ", groups.Take(groups.Count - 1).Select(g => g.English)) + " and " + groups[^1].English;
}
