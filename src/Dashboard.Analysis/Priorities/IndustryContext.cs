using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Whether what a sentence says of an industry's name sets it as a priority. Within the name's clause: an industry
/// head right after it (X产业集群), a priority verb before it (壮大X, 聚焦…X), what reports say of a growing industry
/// after it (X加快发展, X产业链增加值增速…), or a title after it (X之城). A blocker right after it (X集团, X实验室,
/// X技术, X消费) makes the name part of something else.
/// </summary>
internal sealed class IndustryContext(TaggedSentence sentence, IndustryCues cues)
{
    /// <summary>How far after a name (and its head) a development predicate may stand.</summary>
    private const int PredicateReach = 10;

    private readonly IReadOnlyList<Clause> _clauses = sentence.Clauses();

    /// <summary>A blocker right after the name, or (when no industry head follows it) a proper name right before it: the
    /// name is part of a company's or an institution's (天辰新材料, 宜家家居; but 亚明预制菜产业园 names the industry).</summary>
    public bool IsBlocked(IndustryMention mention)
    {
        var text = sentence.Sentence.Text;
        if (IndustryCues.At(cues.Blockers, text, mention.HeadEnd - sentence.Start) is not null
            || (mention.Head is null && sentence.Words.LastOrDefault(w => w.End <= mention.Start) is { } before && before.End == mention.Start
                && before.Flag is "nz" or "nrt" or "nt" && !IsPriorityVerb(before.Word)))
        {
            return true;
        }

        // What was written onto the term (人工智能|数据中心规划, 零部件|外贸), and the nouns right after a head
        // (信创产业|创新中心): a blocker there makes the whole the name of something else.
        for (var i = Math.Max(mention.TermEnd, mention.Start) - sentence.Start; i < mention.End - sentence.Start; i++)
        {
            if (IndustryCues.At(cues.Blockers, text, i) is not null)
            {
                return true;
            }
        }

        // …集成电路设计自动化技术创新中心, 信创产业创新中心: an institution's name ending soon after.
        var after = mention.HeadEnd - sentence.Start;
        if (IsQuotedPlaceAfter(text, after))
        {
            return true;
        }

        for (var end = after + 1; end <= Math.Min(text.Length, after + InstitutionReach) && Places.ChineseText.IsHan(text[end - 1]); end++)
        {
            if (cues.NotNameEndings.Any(e => e.Length > 1 && end - e.Length >= after && string.CompareOrdinal(text, end - e.Length, e, 0, e.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>国际会展“科创湾”和…: a quoted name right after, closed by a separator, names a place the industry gives
    /// its name to (but 数字经济“一二三四”行动 is the industry's programme).</summary>
    private static bool IsQuotedPlaceAfter(string text, int at)
    {
        if (at >= text.Length || text[at] != '“')
        {
            return false;
        }

        var close = text.IndexOf('”', at);
        return close > at && close - at <= QuotedPlaceLength && close + 1 < text.Length && text[close + 1] is '、' or '和' or '及' or '，' or '等' or '。';
    }

    /// <summary>The longest quoted place name read by <see cref="IsQuotedPlaceAfter"/>.</summary>
    private const int QuotedPlaceLength = 8;

    /// <summary>How far after a name an institution's name may end and still be the name's (…技术创新中心).</summary>
    private const int InstitutionReach = 12;

    /// <param name="from">Where the phrase holding the name starts: the name, or the list it is an item of.</param>
    public bool IsPriority(int from, IndustryMention mention) =>
        !IsBlocked(mention)
        && (mention.Head is not null || HasVerbBefore(from) || HasPredicateAfter(mention.HeadEnd) || HasTitleAfter(mention.HeadEnd));

    /// <summary>Whether a priority verb stands before <paramref name="at"/> in its clause, starting a word: as a word,
    /// run together with an adverb (大力发展), or cut into pieces by the tagger (做/大/做/强).</summary>
    public bool HasVerbBefore(int at)
    {
        var clause = ClauseOf(at);
        var text = sentence.Sentence.Text;
        foreach (var word in sentence.Words.Where(w => w.Start >= clause.Start && w.Start < at))
        {
            if (IsPriorityVerb(word.Word)
                || cues.PriorityVerbs.Any(v => v.Length > word.Word.Length && word.Start + v.Length <= at && string.CompareOrdinal(text, word.Start - sentence.Start, v, 0, v.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a development predicate follows <paramref name="at"/> closely in its clause.</summary>
    public bool HasPredicateAfter(int at)
    {
        var clause = ClauseOf(at);
        var text = sentence.Sentence.Text;
        var limit = Math.Min(clause.End, at + PredicateReach);
        for (var i = at; i < limit; i++)
        {
            if (IndustryCues.At(cues.DevelopmentPredicates, text, i - sentence.Start) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title the place takes from the industry (汽车之城), not a consumer brand (“中国啤酒之都”消费品牌).</summary>
    public bool HasTitleAfter(int at)
    {
        var text = sentence.Sentence.Text;
        var index = at - sentence.Start;
        if (IndustryCues.At(cues.TitleWords, text, index) is not { } title)
        {
            return false;
        }

        var next = index + title.Length;
        while (next < text.Length && text[next] is '”' or '“' or '"')
        {
            next++;
        }

        return !(next < text.Length && string.CompareOrdinal(text, next, "消费", 0, 2) == 0);
    }

    /// <summary>A priority verb, or one run together with an adverb into one dictionary word (大力发展, 加快培育).</summary>
    private bool IsPriorityVerb(string word)
    {
        if (cues.PriorityVerbs.Contains(word, StringComparer.Ordinal))
        {
            return true;
        }

        for (var split = 1; split < word.Length; split++)
        {
            if (cues.PriorityVerbs.Contains(word[split..], StringComparer.Ordinal) && ActionWords.Adverbial.Contains(word[..split]))
            {
                return true;
            }
        }

        return false;
    }

    private Clause ClauseOf(int at) =>
        _clauses.FirstOrDefault(c => c.Start <= at && at <= c.End) is { End: > 0 } clause ? clause : new Clause(sentence.Start, sentence.End, null);
}
