using System.Text.RegularExpressions;

namespace Dashboard.Analysis.Places;

/// <summary>
/// Finds the place names of a text, longest first and left to right, and tells how each is used
/// (<see cref="MentionKind"/>); between names, finds references to a level (全省, 市委).
/// </summary>
/// <param name="isWord">Whether a string is a word of the segmenter's dictionary: an abbreviation (深) is none where it
/// starts or ends such a word with its neighbour (深化).</param>
internal sealed partial class PlaceMentionScanner(PlaceNameIndex index, PlaceNameTable table, IReadOnlyDictionary<char, Division> abbreviations, Func<string, bool>? isWord = null)
{
    // Directly after a name: 东莞市 + 委, 合肥市 + 人民政府, 大兴安岭 + 地委, 恩施 + 州委. Longest first; the lone 委
    // only after a level character.
    private static readonly string[] IssuingBodySuffixes =
        ["人大常委会", "人民政府", "委员会", "常委会", "人大", "政府", "政协", "党委", "纪委", "地委", "行署", "州委", "盟委", "旗委", "委"];

    private static readonly string[] MeetingWords =
        ["大会", "会议", "全会", "常委会", "座谈会", "推进会", "动员会", "发布会", "部署会"];

    private static readonly string[] DepartmentWords = ["局", "厅", "办公室", "委员会", "管委会"];

    /// <summary>Words ending in 局 that are not departments: 布局, 格局, 大局.</summary>
    private static readonly string[] NotDepartments =
        ["布局", "格局", "大局", "全局", "开局", "当局", "变局", "结局", "时局", "政局", "破局", "定局", "终局", "残局"];

    private static readonly string[] OrganisationWords =
    [
        "有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "大学", "学院", "学校", "中学", "小学", "医院",
        "银行", "研究院", "研究所", "商会", "协会", "报社", "日报", "电视台",
    ];

    /// <summary>Characters before a short name that mark it as a place: 在东莞, 来绥化, 全绥化, 驻泉. (赴深圳 is a
    /// destination: see <see cref="PlaceReferences"/>.)</summary>
    private const string AnchorsBefore = "在来全我到驻于留回至";

    /// <summary>Words after a short name that mark it as a place: 绥化特色, 东莞实践, 绥化贡献. (X经验 and X模式 are
    /// as often another place's, learnt from.)</summary>
    private static readonly string[] AnchorsAfter =
    [
        "特色", "贡献", "实践", "样板", "方案", "力量", "人民", "大地", "全域", "境内", "地区",
        "各地", "篇章", "答卷", "故事", "经开区", "高新区", "开发区", "新区", "片区",
    ];

    private static readonly string[] HeldWords = ["召开", "举行", "开幕", "闭幕", "在", "于", "隆重"];

    private const string LevelCharacters = "省市县区州";

    /// <summary>How far after a name a meeting or an organisation word may end the phrase.</summary>
    private const int MeetingReach = 24;

    private const int OrganisationReach = 14;

    /// <param name="wordStarts">Where the segmenter's words start, if known: an abbreviation (甬) counts only as a word of
    /// its own or with its context (甬商), never inside another word (深化).</param>
    public (List<PlaceMention> Mentions, List<LevelReference> Levels) Scan(string text, int leadStart, int leadEnd, IReadOnlySet<int>? wordStarts = null)
    {
        var mentions = new List<PlaceMention>();
        var levels = new List<LevelReference>();
        int? qualifierStart = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!ChineseText.IsHan(text[i]))
            {
                i++;
                continue;
            }

            var alias = index.MatchesAt(text, i).FirstOrDefault(a => Fits(text, i, a, wordStarts));
            if (alias is null)
            {
                if (Abbreviation(text, i, wordStarts) is { } abbreviated)
                {
                    mentions.Add(new PlaceMention([abbreviated], MentionKind.AnchoredShortName, i, 1, i >= leadStart && i < leadEnd));
                    i++;
                    continue;
                }

                if (ReadLevelReference(text, i, leadStart, leadEnd) is { } level)
                {
                    // Only the two characters are consumed: the phrase of 全省…大会 may hold names.
                    levels.Add(level);
                    i += 2;
                }
                else
                {
                    i++;
                }

                continue;
            }

            var end = i + alias.Text.Length;
            var next = end < text.Length ? index.MatchesAt(text, end).FirstOrDefault(a => Fits(text, end, a, wordStarts)) : null;
            if (next is not null && Qualifies(alias, next))
            {
                // 北京市朝阳区, 黑龙江省绥化市委: the first name only says where the second is; the phrase is the second's.
                mentions.Add(new PlaceMention(alias.Divisions, MentionKind.Qualifier, i, alias.Text.Length, i >= leadStart && i < leadEnd));
                qualifierStart ??= i;
                i = end;
                continue;
            }

            var mention = Classify(text, i, alias, qualifierStart ?? i, leadStart, leadEnd);
            qualifierStart = null;
            mentions.Add(mention);

            // An issuing body is consumed whole (东莞市委 is not also a 市委); after anything else, scanning goes on
            // right after the name, since a meeting phrase may hold other names.
            i = mention.Kind == MentionKind.IssuingBody ? Math.Max(i + alias.Text.Length, mention.Start + mention.Length) : i + alias.Text.Length;
        }

        return PlaceReferences.Apply(text, mentions, levels, table);
    }

    /// <summary>A one-character abbreviation in its context (在甬, 驻泉, 回湘, 甬商, 湘企), standing as a word.</summary>
    private Division? Abbreviation(string text, int i, IReadOnlySet<int>? wordStarts)
    {
        if (!abbreviations.TryGetValue(text[i], out var division))
        {
            return null;
        }

        var before = table.AbbreviationBefore.Any(w => i >= w.Length && string.CompareOrdinal(text, i - w.Length, w, 0, w.Length) == 0);
        var after = i + 1 < text.Length && table.AbbreviationAfter.Any(w => string.CompareOrdinal(text, i + 1, w, 0, w.Length) == 0);
        if (!before && !after)
        {
            return null;
        }

        // Not part of a word with a neighbour (在深化, 在汉字): the abbreviation and the next character are no word, nor the
        // previous character and it unless that is its context. Without a dictionary, the next character must not be Chinese.
        var next = i + 1;
        var standsAlone = isWord is null
            ? next >= text.Length || !ChineseText.IsHan(text[next]) || after
            : after || next >= text.Length || !ChineseText.IsHan(text[next]) || !isWord(text.Substring(i, 2));
        // 京津冀, 粤港澳: a run of abbreviations names a region, not one place.
        var inRegion = (next < text.Length && abbreviations.ContainsKey(text[next]) && !after) || (i > 0 && abbreviations.ContainsKey(text[i - 1]));
        return standsAlone && !inRegion ? division : null;
    }

    /// <summary>东莞市场 is 东莞 + 市场, and 和平区域 is no 和平区: a full name whose last character starts a word is not read.
    /// A short name must stand as words of its own where the words are known (大新 is not in 壮大|新兴).</summary>
    private bool Fits(string text, int start, PlaceAlias alias, IReadOnlySet<int>? wordStarts)
    {
        var end = start + alias.Text.Length;
        if (!alias.IsFullName && wordStarts is not null
            && (!wordStarts.Contains(start) || !(end >= text.Length || wordStarts.Contains(end) || LevelCharacters.Contains(text[end], StringComparison.Ordinal)
                || index.MatchesAt(text, end).Any())))
        {
            return false;
        }

        if (!alias.IsFullName || end >= text.Length)
        {
            return true;
        }

        var last = alias.Text[^1];
        var next = text[end];
        return !((last == '市' && next == '场') || (last == '区' && next == '域'));
    }

    /// <summary>Whether <paramref name="next"/>, written right after <paramref name="alias"/>, is a division inside it.</summary>
    private static bool Qualifies(PlaceAlias alias, PlaceAlias next) =>
        alias.Divisions.Any(upper => next.Divisions.Any(lower =>
            upper.Level == AdministrativeLevel.Province ? lower.ProvinceCode == upper.Code && lower != upper
            : upper.Level == AdministrativeLevel.Prefecture && lower.ParentCode == upper.Code));

    /// <param name="clauseStart">Where the phrase of the name starts: the name, or the names qualifying it (北京市朝阳区).</param>
    private static PlaceMention Classify(string text, int start, PlaceAlias alias, int clauseStart, int leadStart, int leadEnd)
    {
        var end = start + alias.Text.Length;
        var inLead = start >= leadStart && start < leadEnd;
        var phraseStart = HasPrefix(text, clauseStart, "中共") ? clauseStart - 2 : clauseStart;

        // A short name may be followed by its level character, which also tells which division it is: 恩施州委 is the
        // prefecture, not the city of 恩施.
        var afterLevel = end;
        if (!alias.IsFullName && end < text.Length && LevelCharacters.Contains(text[end], StringComparison.Ordinal))
        {
            afterLevel = end + 1;
            var level = text[end];
            if (alias.Divisions.Where(d => d.Name.EndsWith(level)).ToList() is { Count: > 0 } ofLevel)
            {
                alias = alias with { Divisions = ofLevel };
            }
        }

        var endsWithLevel = afterLevel > end || LevelCharacters.Contains(alias.Text[^1], StringComparison.Ordinal)
            || alias.Text.EndsWith('盟') || alias.Text.EndsWith('旗');

        // 吉县县委, 东莞市市委: the level character written again before the body.
        if (alias.IsFullName && afterLevel < text.Length && text[afterLevel] == alias.Text[^1] && LevelCharacters.Contains(text[afterLevel], StringComparison.Ordinal)
            && IssuingBodyEnd(text, afterLevel + 1, endsWithLevel: true) is not null)
        {
            afterLevel++;
        }
        if (IssuingBodyEnd(text, afterLevel, endsWithLevel) is { } issuingEnd)
        {
            return new PlaceMention(alias.Divisions, MentionKind.IssuingBody, phraseStart, issuingEnd - phraseStart, inLead);
        }

        if (phraseStart < clauseStart)
        {
            return new PlaceMention(alias.Divisions, MentionKind.IssuingBody, phraseStart, end - phraseStart, inLead);
        }

        if (PhraseEnd(text, end) is var (kind, phraseEnd))
        {
            if (kind == MentionKind.Organisation)
            {
                return new PlaceMention(alias.Divisions, kind, start, phraseEnd - start, inLead);
            }

            if (OpensClause(text, clauseStart))
            {
                return new PlaceMention(alias.Divisions, kind, clauseStart, phraseEnd - clauseStart, inLead);
            }
        }

        // Another name (冰城, 滨城) is as telling as the full one.
        var shortKind = alias.IsFullName || alias.IsOtherName ? MentionKind.Plain
            : alias.Divisions.Any(d => d.Level == AdministrativeLevel.Province) || clauseStart < start || IsAnchored(text, start, end)
                ? MentionKind.AnchoredShortName
            : MentionKind.BareShortName;
        return new PlaceMention(alias.Divisions, shortKind, start, end - start, inLead);
    }

    /// <summary>The end of an issuing body right at <paramref name="at"/> (委, 人民政府, 第十七届人民代表大会…), or null.</summary>
    private static int? IssuingBodyEnd(string text, int at, bool endsWithLevel)
    {
        foreach (var suffix in IssuingBodySuffixes)
        {
            if (string.CompareOrdinal(text, at, suffix, 0, suffix.Length) == 0 && (endsWithLevel || suffix != "委"))
            {
                // 委托 (entrust) is no 委.
                var after = at + suffix.Length;
                if (suffix == "委" && after < text.Length && text[after] is '托' or '屈')
                {
                    continue;
                }

                return after;
            }
        }

        var session = SessionPattern().Match(text, at);
        return session.Success && session.Index == at ? session.Index + session.Length : null;
    }

    /// <summary>
    /// The nearest meeting, department or organisation word closing the phrase that starts after a name, within the clause:
    /// 绥化市|新质生产力发展大会, 肇东市|东龙节能新技术有限公司.
    /// </summary>
    private static (MentionKind Kind, int End)? PhraseEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + MeetingReach);
        for (var i = from; i < limit && !ChineseText.IsClauseBreak(text[i]); i++)
        {
            if (i - from < OrganisationReach && EndingAt(text, i, OrganisationWords) is not null)
            {
                return (MentionKind.Organisation, i + 1);
            }

            if (EndingAt(text, i, MeetingWords) is not null && IsHeld(text, i + 1))
            {
                return (MentionKind.Meeting, i + 1);
            }

            if (i - from < OrganisationReach && EndingAt(text, i, DepartmentWords) is { } department
                && (department != "局" || !NotDepartments.Any(w => HasPrefix(text, i + 1, w))))
            {
                return (MentionKind.Department, i + 1);
            }
        }

        return null;
    }

    /// <summary>A meeting being held (…大会召开, …会议在哈尔滨举行, or the clause ends), not one cited (传达…会议精神).</summary>
    private static bool IsHeld(string text, int after) =>
        after >= text.Length || ChineseText.IsClauseBreak(text[after])
        || HeldWords.Any(w => string.CompareOrdinal(text, after, w, 0, w.Length) == 0);

    /// <summary>At the start of the text or a clause, or right after a date (2月14日绥化市…).</summary>
    private static bool OpensClause(string text, int start) =>
        start == 0 || !ChineseText.IsHan(text[start - 1]) || text[start - 1] == '日';

    private static bool IsAnchored(string text, int start, int end) =>
        (start > 0 && AnchorsBefore.Contains(text[start - 1], StringComparison.Ordinal))
        || AnchorsAfter.Any(w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0);

    /// <summary>全省, 我市, 本县; 省委, 市政府; 全省…大会 opening a clause.</summary>
    private static LevelReference? ReadLevelReference(string text, int i, int leadStart, int leadEnd)
    {
        if (i + 1 >= text.Length)
        {
            return null;
        }

        var inLead = i >= leadStart && i < leadEnd;
        var c = text[i];
        var level = text[i + 1];
        if (c is '全' or '我' or '本' && LevelCharacters.Contains(level, StringComparison.Ordinal))
        {
            // 全市场, 全区域 are no level.
            if (i + 2 < text.Length && text[i + 2] is '场' or '域')
            {
                return null;
            }

            return OpensClause(text, i) && c == '全' && PhraseEnd(text, i + 2) is (MentionKind.Meeting, var meetingEnd)
                ? new LevelReference(level, MentionWeights.LevelMeeting, i, meetingEnd - i, inLead)
                : new LevelReference(level, FirstPersonWeight(c, level), i, 2, inLead);
        }

        if (LevelCharacters.Contains(c, StringComparison.Ordinal) && IssuingBodyEnd(text, i + 1, endsWithLevel: true) is { } end
            && !(i > 0 && IsWordBefore(text[i - 1], c)))
        {
            return new LevelReference(c, MentionWeights.LevelIssuingBody, i, end - i, inLead);
        }

        return null;
    }

    /// <summary>我市, 我县, 我区: the author is that level's body. 我省 in a city's text is as often its province compared
    /// with (成为我省规模最大的…), so it weighs as a province's body does.</summary>
    private static double FirstPersonWeight(char c, char level) =>
        c != '我' ? MentionWeights.LevelScope
        : level == '省' ? MentionWeights.LevelIssuingBody
        : MentionWeights.LevelFirstPerson;

    /// <summary>社区委员会 is no 区委, 城市委员会 no 市委: the level character ends a word with the one before it.</summary>
    private static bool IsWordBefore(char before, char level) =>
        LevelCharacters.Contains(before, StringComparison.Ordinal)
        || level switch
        {
            '区' => "社园城景片辖地新湾山牧林街小校矿灾".Contains(before, StringComparison.Ordinal),
            '市' => "城都超股夜早闹".Contains(before, StringComparison.Ordinal),
            '省' => "节反自".Contains(before, StringComparison.Ordinal),
            '州' => "神九".Contains(before, StringComparison.Ordinal),
            _ => false,
        };

    private static bool HasPrefix(string text, int start, string prefix) =>
        start >= prefix.Length && string.CompareOrdinal(text, start - prefix.Length, prefix, 0, prefix.Length) == 0;

    /// <summary>The word of <paramref name="words"/> that ends at <paramref name="i"/> (inclusive), or null.</summary>
    private static string? EndingAt(string text, int i, string[] words)
    {
        foreach (var word in words)
        {
            var start = i - word.Length + 1;
            if (start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>第十七届人民代表大会第四次会议, 第十五次党代会: a session of the place's congress or committee.</summary>
    [GeneratedRegex(@"\G第[一二三四五六七八九十百〇零0-9]{1,4}[届次](?:人民代表大会|人大常委会|人大|委员会|党代会|代表大会)?(?:第[一二三四五六七八九十〇零0-9]{1,3}次(?:全体)?会议)?")]
    private static partial Regex SessionPattern();
}
