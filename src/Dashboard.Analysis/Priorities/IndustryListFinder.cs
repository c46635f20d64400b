using Dashboard.Analysis.Text;
namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Industries named in a list under an industry head (see <see cref="ListHeads"/>), in three shapes:
/// <list type="bullet">
/// <item>head after the last item: 生物发酵、食品加工…麻纺制品六大产业集群 (生物医药和新材料产业);</item>
/// <item>head after 等: 下一代移动通信、前沿新材料、未来生命健康等兼具…的领域;</item>
/// <item>head first, then a colon: 六大产业集群：生物发酵、食品加工….</item>
/// </list>
/// A list under no industry head (高端化、数字化…; 市发改委、市科技局…; 基本内涵、核心标志…) yields nothing. When the head
/// has a number (六大), the count must match it: exactly, or at most when the list ends with 等.
/// </summary>
internal static class IndustryListFinder
{
    /// <summary>How far after 等 the head may stand when a relative clause ending in 的 describes it.</summary>
    private const int MaxTailLength = 24;

    /// <summary>The longest modifier of a head: 战略性新兴|产业.</summary>
    private const int MaxModifierLength = 6;

    public static IEnumerable<Finding> Find(TaggedSentence sentence)
    {
        var clauses = sentence.Clauses();
        for (var k = 0; k < clauses.Count; k++)
        {
            if (clauses[k].EndsWithColon && k + 1 < clauses.Count && HeadFirst(sentence, clauses[k], clauses[k + 1]) is { } listed)
            {
                yield return listed;
            }

            if (HeadAfter(sentence, clauses[k]) is { } found)
            {
                yield return found;
            }
        }
    }

    /// <summary>The first stretch of the clause (between its 、) that holds a head after its items; the stretches before
    /// it are the list (…、先进制造三大主导产业收入分别达到1000亿元、2400亿元 ends at the head, not at the clause).</summary>
    private static Finding? HeadAfter(TaggedSentence sentence, Clause clause)
    {
        var separators = ListItems.Separators(sentence, clause.Start, clause.End);
        for (var k = 0; k <= separators.Count; k++)
        {
            var stretchStart = k == 0 ? clause.Start : separators[k - 1] + 1;
            var stretchEnd = k < separators.Count ? separators[k] : clause.End;
            if (HeadAfterItems(sentence, stretchStart, stretchEnd, k > 0) is not { } head)
            {
                continue;
            }

            var items = ListItems.Split(sentence, clause.Start, head.ItemsEnd, [.. separators.Take(k)]);
            return Build(sentence, items, head.Group, head.Number, head.AfterDeng, head.GroupStart, head.GroupEnd);
        }

        return null;
    }

    private static Finding? HeadFirst(TaggedSentence sentence, Clause headClause, Clause listClause)
    {
        var text = sentence.TextOf(headClause.Start, headClause.End);
        string? group = null, number = null;
        var groupStart = headClause.End;
        if (NumberedPhrase.FindAll(text).LastOrDefault(m => m.End == text.Length) is { Length: > 0 } numbered
            && ListHeads.IndustryHeadEnding(numbered.Name) is not null)
        {
            (group, number, groupStart) = (text[numbered.Start..], numbered.Number, headClause.Start + numbered.Start);
        }
        else if (ListHeads.IndustryHeadEnding(text) is { } head)
        {
            var headStart = headClause.End - head.Length;
            groupStart = NameReader.StartOfName(sentence, headStart, MaxModifierLength, allowVerbs: false);
            group = sentence.TextOf(groupStart, headClause.End);
        }

        if (group is null)
        {
            return null;
        }

        var separators = ListItems.Separators(sentence, listClause.Start, listClause.End);
        var items = ListItems.Split(sentence, listClause.Start, listClause.End, separators);
        var endsWithDeng = sentence.TextOf(listClause.Start, listClause.End).TrimEnd().EndsWith('等');
        return Build(sentence, items, group, number, endsWithDeng, groupStart, headClause.End);
    }

    /// <summary>Where the items end in the last stretch of a list, and the head after them.</summary>
    private static ListHead? HeadAfterItems(TaggedSentence sentence, int start, int end, bool hasSeparators)
    {
        var deng = sentence.WordsIn(start, end).FirstOrDefault(w => w.Word is "等" or "等等" && w.Start > start);
        if (deng is not null)
        {
            return HeadAfterDeng(sentence, deng.Start, deng.End, end);
        }

        var text = sentence.TextOf(start, end);
        if (NumberedPhrase.FindAll(text).FirstOrDefault(m => m.Start >= 2 && ListHeads.IndustryHeadEnding(m.Name) is not null) is { Length: > 0 } numbered)
        {
            return new ListHead(start + numbered.Start, text[numbered.Start..numbered.End], numbered.Number, false, start + numbered.Start, start + numbered.End);
        }

        if (!hasSeparators)
        {
            return null;
        }

        // A bare head ends the last item (…、麻纺制品产业集群), unless the head starts a longer word (产业化).
        for (var i = 2; i < text.Length; i++)
        {
            if (ListHeads.IndustryHeadAt(text, i) is { } head && !(i + head.Length < text.Length && text[i + head.Length] == '化'))
            {
                return new ListHead(start + i, head, null, false, start + i, start + i + head.Length);
            }
        }

        return null;
    }

    private static ListHead? HeadAfterDeng(TaggedSentence sentence, int dengStart, int tailStart, int end)
    {
        var tail = sentence.TextOf(tailStart, end);
        if (NumberedPhrase.FindAll(tail).FirstOrDefault() is { Start: 0, Length: > 0 } numbered && ListHeads.IndustryHeadEnding(numbered.Name) is not null)
        {
            return new ListHead(dengStart, tail[..numbered.End], numbered.Number, true, tailStart, tailStart + numbered.End);
        }

        for (var i = 0; i < Math.Min(tail.Length, MaxTailLength); i++)
        {
            if (ListHeads.IndustryHeadAt(tail, i) is not { } head)
            {
                continue;
            }

            // The head's own modifier: after the relative clause's 的, or all between 等 and the head if those are name words.
            var relative = tail.LastIndexOf('的', Math.Max(0, i - 1), i);
            var modifierStart = relative >= 0 ? relative + 1 : 0;
            var modifierWords = sentence.WordsIn(tailStart + modifierStart, tailStart + i).ToList();
            if (i - modifierStart > MaxModifierLength || !modifierWords.All(w => w.IsNameWord && !ActionWords.Contains(w.Word)))
            {
                return null;
            }

            var groupEnd = tailStart + i + head.Length;
            return new ListHead(dengStart, tail[modifierStart..(i + head.Length)], null, true, tailStart + modifierStart, groupEnd);
        }

        return null;
    }

    private static Finding? Build(
        TaggedSentence sentence, List<(int Start, int End)> spans, string group, string? number, bool afterDeng, int groupStart, int groupEnd)
    {
        // One item more than the number says, the last two joined by 及/和: they are one item (生物医药及高端医疗器械).
        if (number is not null && !afterDeng && spans.Count == ChineseNumerals.Value(number) + 1 && JoinedByConjunction(sentence, spans[^2], spans[^1]))
        {
            spans = [.. spans.SkipLast(2), (spans[^2].Start, spans[^1].End)];
        }

        var named = spans.Select(s => (s.Start, s.End, Text: sentence.TextOf(s.Start, s.End))).ToList();
        if (!ListItems.AreNames([.. named.Select(n => n.Text)]) || spans.Any(s => !ListItems.IsPlainName(sentence, s.Start, s.End)))
        {
            return null;
        }

        // Categories (新兴产业, 重点领域) are no industries; items that carry the head themselves (新兴产业、未来产业发展)
        // make a list of categories, not a list under a shared head.
        var items = named.Where(n => !ListHeads.IsCategory(n.Text)).ToList();
        var sharedHead = ListHeads.IndustryHeadEnding(group);
        var selfHeaded = sharedHead is not null && items.SkipLast(1).Any(n => n.Text.EndsWith(sharedHead, StringComparison.Ordinal));
        if (items.Count < 2 || (number is null && selfHeaded))
        {
            return null;
        }

        if (number is not null && ChineseNumerals.Value(number) is { } count && (afterDeng ? items.Count > count : items.Count != count))
        {
            return null;
        }

        if (number is null && ListHeads.Generic.Contains(group, StringComparer.Ordinal) && NameReader.IndustryBefore(sentence, spans[0].Start) is { } industry)
        {
            group = industry + group;
        }

        var priorities = items
            .Select(n => new Priority(PriorityKind.Industry, n.Text, group, number, null, null, null, sentence.Sentence.Index, n.Start, n.End - n.Start))
            .ToList();
        return new Finding(Math.Min(items[0].Start, groupStart), Math.Max(items[^1].End, groupEnd), priorities);
    }

    private static bool JoinedByConjunction(TaggedSentence sentence, (int Start, int End) first, (int Start, int End) second) =>
        first.End < second.Start && !sentence.TextOf(first.End, second.Start).Contains('、');

    /// <summary>The head of a list: where the items end, the group as written, its number, and whether 等 came before it.</summary>
    private sealed record ListHead(int ItemsEnd, string Group, string? Number, bool AfterDeng, int GroupStart, int GroupEnd);
}
