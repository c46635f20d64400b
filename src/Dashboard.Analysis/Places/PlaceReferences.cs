namespace Dashboard.Analysis.Places;

/// <summary>
/// Reads what the words around each place name say of it, after the scanner has found the names
/// (<see cref="PlaceNameTable"/> holds the words):
/// <list type="bullet">
/// <item>a <b>reference</b>, not the text's subject: in a clause about the national leadership (习近平总书记在黑龙江考察
/// 期间), a destination (赴深圳市、北京市), a place learnt from (学习丽江…经验), a partner (与深圳签订), an origin
/// (来自河北的), a name inside a document's title (《中共四川省委关于…的决定》), or a superior whose meeting or decision
/// is conveyed (传达学习山西省委十二届六次全会精神); level words there (贯彻省委、金华市委决策部署) are dropped too;</item>
/// <item>a <b>participant</b>: one of several places or bodies listed side by side (博罗县委书记…、海丰县委书记…);</item>
/// <item>the <b>subject</b> of a series' session (驻马店专场新闻发布会);</item>
/// <item>a <b>rank</b> only: a body followed by 常委、 (金华市委常委、义乌市委书记) says where the person ranks, not where they lead.</item>
/// </list>
/// </summary>
internal static class PlaceReferences
{
    /// <summary>How far before a name a destination word or 来自 may stand.</summary>
    private const int Reach = 6;

    /// <summary>How far after a name a partner's or a conveyed object's word may stand.</summary>
    private const int AfterReach = 24;

    public static (List<PlaceMention> Mentions, List<LevelReference> Levels) Apply(
        string text, List<PlaceMention> mentions, List<LevelReference> levels, PlaceNameTable table)
    {
        var result = new List<PlaceMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var (clauseStart, clauseEnd) = Clause(text, mention.Start);
            var kind = mention.Kind;
            if (IsReference(text, PhraseStart(mention, mentions), mention.Start + mention.Length, clauseStart, clauseEnd, table, mentions))
            {
                kind = MentionKind.Reference;
            }
            else if (At(text, mention.Start + mention.Length, ["专场"]) || At(text, SkipName(text, mention.Start + mention.Length), table.SubjectMarkers))
            {
                kind = MentionKind.Subject;
            }
            else if (kind == MentionKind.IssuingBody && At(text, mention.Start + mention.Length, ["常委、", "常委，"]))
            {
                kind = MentionKind.Qualifier;
            }
            else if (kind == MentionKind.Meeting && HeldInFirstPerson(text, mention.Start + mention.Length))
            {
                // 宝鸡市…推进会在我县召开: the text is the venue's; the meeting only says whose it was.
                kind = MentionKind.Qualifier;
            }

            result.Add(mention with { Kind = kind });
        }

        MarkParticipants(text, result);
        var kept = levels.Where(l =>
        {
            var (clauseStart, clauseEnd) = Clause(text, l.Start);
            return !IsReference(text, l.Start, l.Start + l.Length, clauseStart, clauseEnd, table, mentions);
        }).ToList();
        return (result, kept);
    }

    private static bool IsReference(string text, int start, int end, int clauseStart, int clauseEnd, PlaceNameTable table, List<PlaceMention> mentions)
    {
        var before = text[clauseStart..start];
        var after = text[end..Math.Min(clauseEnd, end + AfterReach)];
        if (table.ReferenceSubjects.Any(s => before.Contains(s, StringComparison.Ordinal)))
        {
            return true;
        }

        if (InsideTitle(text, start) || InsideByline(text, start))
        {
            return true;
        }

        var near = before.Length > Reach ? before[^Reach..] : before;
        if (table.SharesBefore.Any(s => before.EndsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        if (table.OriginsBefore.Any(o => near.Contains(o, StringComparison.Ordinal))
            || table.ComparisonsBefore.Any(c => before.EndsWith(c, StringComparison.Ordinal))
            || (table.PartnersBefore.Any(p => before.EndsWith(p, StringComparison.Ordinal)) && table.PartnersAfter.Any(p => after.Contains(p, StringComparison.Ordinal))))
        {
            return true;
        }

        if (DestinationBefore(text, clauseStart, start, table, mentions))
        {
            return true;
        }

        return (table.Conveying.Any(c => before.Contains(c, StringComparison.Ordinal)) && table.ConveyedObjects.Any(o => after.Contains(o, StringComparison.Ordinal)))
            || table.SuperiorsAfter.Any(s => after.Contains(s, StringComparison.Ordinal));
    }

    private static bool HeldInFirstPerson(string text, int at) =>
        at + 3 <= text.Length && string.CompareOrdinal(text, at, "在我", 0, 2) == 0 && text[at + 2] is '市' or '县' or '区' or '州' or '旗';

    /// <summary>Where the phrase of a name starts: before the names that qualify it (吸取|内蒙古阿拉善左旗…教训).</summary>
    private static int PhraseStart(PlaceMention mention, List<PlaceMention> mentions)
    {
        var start = mention.Start;
        while (mentions.FirstOrDefault(m => m.Kind == MentionKind.Qualifier && m.Start + m.Length == start) is { } qualifier)
        {
            start = qualifier.Start;
        }

        return start;
    }

    /// <summary>A destination word before the name, with only other names, their qualifiers and 、 between (赴广东省深圳市、北京市).</summary>
    private static bool DestinationBefore(string text, int clauseStart, int start, PlaceNameTable table, List<PlaceMention> mentions)
    {
        foreach (var word in table.DestinationsBefore)
        {
            var at = text.LastIndexOf(word, start - 1 < clauseStart ? clauseStart : start - 1, start - clauseStart, StringComparison.Ordinal);
            if (at < clauseStart)
            {
                continue;
            }

            var i = at + word.Length;
            while (i < start)
            {
                if (text[i] is '、' or '和' or '及' or ' ')
                {
                    i++;
                }
                else if (mentions.FirstOrDefault(m => m.Start == i) is { } other)
                {
                    i += other.Length;
                }
                else
                {
                    break;
                }
            }

            if (i >= start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Names in a clause's items listed side by side with 、 are participants when two or more items name places of
    /// different divisions (博罗县委书记…、海丰县委书记…), or when the name stands after the first item among bodies
    /// (市数字办、市工信局、丰泽区…管委会). A name opening the list before its level's own bodies (东莞市委、市政府) is not.
    /// </summary>
    private static void MarkParticipants(string text, List<PlaceMention> mentions)
    {
        foreach (var clause in mentions.GroupBy(m => Clause(text, m.Start)).ToList())
        {
            var items = Items(text, clause.Key.Start, clause.Key.End);
            if (items.Count < 2)
            {
                continue;
            }

            var named = clause
                .Where(m => m.Kind is not (MentionKind.Reference or MentionKind.Qualifier or MentionKind.Organisation))
                .Select(m => (Mention: m, Item: ItemIndex(text, clause.Key.Start, m.Start)))
                .ToList();
            var severalPlaces = named.Select(n => n.Item).Distinct().Count() >= 2 && named.SelectMany(n => n.Mention.Divisions).Distinct().Count() >= 2;
            var bodies = items.Count(i => IsBody(i) || named.Any(n => items[n.Item] == i));
            foreach (var (mention, item) in named)
            {
                if (severalPlaces || (bodies >= 2 && item > 0))
                {
                    var index = mentions.IndexOf(mention);
                    mentions[index] = mention with { Kind = MentionKind.Participant };
                }
            }
        }
    }

    /// <summary>The 、-separated items of a clause.</summary>
    private static List<string> Items(string text, int start, int end) => [.. text[start..end].Split('、')];

    /// <summary>An item naming a body: an office of a level (市工信局, 县委) or of a place, with its head (局 委 办 政府 …).</summary>
    private static bool IsBody(string item) =>
        BodyEndings.Any(e => item.Contains(e, StringComparison.Ordinal)) && item.IndexOfAny(['市', '县', '区', '省', '州']) >= 0;

    private static readonly string[] BodyEndings = ["局", "委", "办", "政府", "厅", "管委会", "党委", "书记", "县长", "市长", "区长"];

    /// <summary>Which 、-separated item of its clause an offset is in (0 when the clause has none).</summary>
    private static int ItemIndex(string text, int clauseStart, int at) => text[clauseStart..at].Count(c => c == '、');

    /// <summary>Inside a byline's brackets (记者吴宗宝 通讯员廖昭阳): names there are people's.</summary>
    private static bool InsideByline(string text, int at)
    {
        var open = text.LastIndexOfAny(['（', '('], Math.Max(0, at - 1));
        if (open < 0 || at - open > 30)
        {
            return false;
        }

        var close = text.IndexOfAny(['）', ')'], open);
        return close > at && text[open..close].Contains("记者", StringComparison.Ordinal) || (close > at && text[open..close].Contains("通讯员", StringComparison.Ordinal));
    }

    private static bool InsideTitle(string text, int at)
    {
        var open = text.LastIndexOf('《', Math.Max(0, at - 1));
        return open >= 0 && text.IndexOf('》', open) is var close && close > at && text.LastIndexOf('》', Math.Max(0, at - 1)) < open;
    }

    private static (int Start, int End) Clause(string text, int at)
    {
        var start = at;
        while (start > 0 && !IsBreak(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && !IsBreak(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsBreak(char c) => c is '，' or '。' or '；' or '！' or '？' or '：' or ',' or ';' or '!' or '?' or ':' or '\n' or '\r';

    private static bool At(string text, int at, IReadOnlyList<string> words) =>
        words.Any(w => at + w.Length <= text.Length && string.CompareOrdinal(text, at, w, 0, w.Length) == 0);

    /// <summary>Past the rest of a short name's phrase up to a subject marker (贵阳贵安专场: 贵安 between).</summary>
    private static int SkipName(string text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < 4 && ChineseText.IsHan(text[i]) && !At(text, i, ["专场"]))
        {
            i++;
        }

        return i;
    }
}
