using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// The lists a clause's industry names stand in: names joined by 、 and by 和, 及, 与 (生物医药、新材料和电子信息),
/// with the plain names between them that the vocabulary does not know (苹果、花生、肉鸡、油莎豆), and the head the
/// list shares after its last item (…等4个千亿级支柱产业, …六大产业集群). A name joined to no other is a list of one.
/// </summary>
internal static class IndustryRuns
{
    private static readonly string[] Joiners = ["以及", "及其", "、", "和", "及", "与"];

    /// <summary>How far after a list's last item, past 等 and a number, its shared head may stand.</summary>
    private const int HeadReach = 12;

    /// <summary>The longest plain name between two industries that the list takes as an item.</summary>
    private const int MaxGapItem = 10;

    public static List<IndustryRun> Of(TaggedSentence sentence, List<IndustryMention> mentions, IndustryResolver resolver)
    {
        var runs = new List<IndustryRun>();
        var text = sentence.Sentence.Text;
        IndustryRun? current = null;
        foreach (var mention in mentions)
        {
            if (current is not null && Between(sentence, current.End, mention.Start) is { } gap)
            {
                current.Add(gap, null);
                current.Add((mention.Start, mention.End), mention);
                continue;
            }

            if (current is not null)
            {
                runs.Add(Close(current, sentence, resolver));
            }

            current = new IndustryRun();
            current.Add((mention.Start, mention.End), mention);
        }

        if (current is not null)
        {
            runs.Add(Close(current, sentence, resolver));
        }

        return runs;

        // What stands between two names joins them when it is only joiners (、 和 及), or a joiner, one plain name and
        // a joiner (、花生、); the plain name is then an item too.
        (int Start, int End)? Between(TaggedSentence s, int end, int start)
        {
            if (start <= end)
            {
                return null;
            }

            var between = text[(end - s.Start)..(start - s.Start)];
            var trimmed = between.Trim();
            if (trimmed.Length > 0 && Joiners.Contains(trimmed, StringComparer.Ordinal))
            {
                return (end, end);
            }

            var open = Joiners.FirstOrDefault(j => trimmed.StartsWith(j, StringComparison.Ordinal));
            var close = Joiners.FirstOrDefault(j => trimmed.EndsWith(j, StringComparison.Ordinal));
            if (open is null || close is null || trimmed.Length <= open.Length + close.Length)
            {
                return null;
            }

            var inner = trimmed[open.Length..^close.Length].Trim();
            if (inner.Length is < 2 or > MaxGapItem || !inner.All(Places.ChineseText.IsHan))
            {
                return null;
            }

            var innerStart = end + between.IndexOf(inner, StringComparison.Ordinal);
            return (innerStart, innerStart + inner.Length);
        }
    }

    /// <summary>Finds the head the list shares after its last item, and whether that head makes it a list of something else.</summary>
    private static IndustryRun Close(IndustryRun run, TaggedSentence sentence, IndustryResolver resolver)
    {
        var cues = resolver.Cues;
        var text = sentence.Sentence.Text;
        TakeTrailingItems(run, sentence, cues);
        var last = run.Items[^1];
        var at = (last.Mention?.HeadEnd ?? last.End) - sentence.Start;
        if (last.Mention?.Head is { } ownHead)
        {
            run.SharedHead = run.Items.Count > 1 ? ownHead : null;
        }

        var tail = text[at..Math.Min(text.Length, at + HeadReach)];
        var clauseEnd = tail.IndexOfAny(['，', '；', '。', '：', ',', ';', '！', '？']);
        if (clauseEnd >= 0)
        {
            tail = tail[..clauseEnd];
        }

        // …天辰新材料、锂电池生产研发、钠离子储能电池等相继落户: a later 等 followed by a blocker closes the list too.
        var clauseRest = text[at..];
        var restEnd = clauseRest.IndexOfAny(['，', '；', '。', '：', ',', ';', '！', '？']);
        var laterDeng = (restEnd >= 0 ? clauseRest[..restEnd] : clauseRest).IndexOf('等');
        if (laterDeng > 0 && Enumerable.Range(laterDeng + 1, 6).Any(i => i < clauseRest.Length && IndustryCues.At(cues.Blockers, clauseRest, i) is not null))
        {
            run.IsOfSomethingElse = true;
        }

        if (tail.StartsWith('等'))
        {
            run.AfterDeng = true;
            for (var i = 1; i < tail.Length; i++)
            {
                if (IndustryCues.At(cues.Blockers, tail, i) is not null)
                {
                    run.IsOfSomethingElse = true;
                    break;
                }

                if (IndustryCues.At(cues.Heads, tail, i) is { } head)
                {
                    run.SharedHead = tail[1..(i + head.Length)];
                    break;
                }
            }
        }

        return run;
    }

    private static bool IsNumeral(char c) => c is '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万' or '亿';

    /// <summary>Plain names joined to the list after its last known name (…、肉鸡、油莎豆全产业链; 海洋装备、海洋药物和生物制品等),
    /// up to a head, 等 or the end of the clause.</summary>
    private static void TakeTrailingItems(IndustryRun run, TaggedSentence sentence, IndustryCues cues)
    {
        var text = sentence.Sentence.Text;
        var at = run.End - sentence.Start;
        while (at < text.Length && Joiners.FirstOrDefault(j => string.CompareOrdinal(text, at, j, 0, j.Length) == 0) is { } joiner)
        {
            var start = at + joiner.Length;
            var end = start;
            bool Continues(int i) => i < text.Length && Places.ChineseText.IsHan(text[i]) && text[i] != '等' && !IsNumeral(text[i])
                && IndustryCues.At(cues.Heads, text, i) is null && Joiners.All(j => string.CompareOrdinal(text, i, j, 0, j.Length) != 0);
            while (end - start < MaxGapItem && Continues(end))
            {
                end++;
            }

            if (end - start < 2 || Continues(end))
            {
                return;
            }

            run.Add((sentence.Start + start, sentence.Start + end), null);
            at = end;
        }
    }
}

/// <summary>One list of industry names (or a single name) in a clause.</summary>
internal sealed class IndustryRun
{
    private readonly List<(int Start, int End, IndustryMention? Mention)> _items = [];

    public IReadOnlyList<(int Start, int End, IndustryMention? Mention)> Items => _items;

    public int Start => _items[0].Start;

    public int End => _items[^1].Mention?.HeadEnd ?? _items[^1].End;

    /// <summary>The head after the list that its items share (等4个千亿级支柱产业 → 4个千亿级支柱产业), if any.</summary>
    public string? SharedHead { get; set; }

    /// <summary>The list ends with 等 (其他 items may exist).</summary>
    public bool AfterDeng { get; set; }

    /// <summary>The list names technologies, consumer goods or the like (…等新技术, …等大宗消费), not industries.</summary>
    public bool IsOfSomethingElse { get; set; }

    public int Known => _items.Count(i => i.Mention?.Industry is not null);

    public void Add((int Start, int End) span, IndustryMention? mention)
    {
        if (span.End > span.Start)
        {
            _items.Add((span.Start, span.End, mention));
        }
    }
}
