using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Whether what a sentence says of an industry's name sets it as a priority. Within the name's clause: an industry
/// head right after it (X产业集群), a priority verb before it (壮大X, 聚焦…X), what reports say of a growing industry
/// after it (X加快发展, X产业链增加值增速…), or a title after it (X之城). A blocker right after it (X集团, X实验室,
/// X技术, X消费) makes the name part of something else.
/// </summary>
internal sealed class IndustryContext
{
    /// <summary>How far after a name (and its head) a development predicate may stand.</summary>
    private const int PredicateReach = 10;

    private readonly TaggedSentence sentence;
    private readonly IndustryCues cues;
    private readonly IReadOnlyList<Clause> _clauses;
    private readonly HashSet<string> _verbs;

    /// <summary>For each clause, where its first priority verb ends (int.MaxValue when it has none).</summary>
    private readonly int[] _firstVerbEnd;

    /// <summary>The word ending at each offset, for the word right before a name.</summary>
    private readonly Dictionary<int, TaggedWord> _wordEndingAt;

    public IndustryContext(TaggedSentence sentence, IndustryCues cues)
    {
        this.sentence = sentence;
        this.cues = cues;
        _clauses = sentence.Clauses();
        _verbs = new HashSet<string>(cues.PriorityVerbs, StringComparer.Ordinal);
        _wordEndingAt = sentence.Words.GroupBy(w => w.End).ToDictionary(g => g.Key, g => g.Last());
        _firstVerbEnd = [.. _clauses.Select(c => FirstVerbEnd(c))];
    }

    private int FirstVerbEnd(Clause clause)
    {
        var text = sentence.Sentence.Text;
        var first = int.MaxValue;
        foreach (var word in sentence.Words.Where(w => w.Start >= clause.Start && w.Start < clause.End))
        {
            if (IsPriorityVerb(word.Word))
            {
                first = Math.Min(first, word.End);
            }

            foreach (var verb in cues.PriorityVerbs)
            {
                if (verb.Length > word.Word.Length && word.Start + verb.Length <= clause.End
                    && string.CompareOrdinal(text, word.Start - sentence.Start, verb, 0, verb.Length) == 0)
                {
                    first = Math.Min(first, word.Start + verb.Length);
                }
            }
        }

        return first;
    }

    /// <summary>A blocker right after the name, or (when no industry head follows it) a proper name right before it: the
    /// name is part of a company's or an institution's (天辰新材料, 宜家家居; but 亚明预制菜产业园 names the industry).</summary>
    public bool IsBlocked(IndustryMention mention)
    {
        var text = sentence.Sentence.Text;
        if (IndustryCues.At(cues.Blockers, text, mention.HeadEnd - sentence.Start) is not null
            || (mention.Head is null && _wordEndingAt.TryGetValue(mention.Start, out var before)
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
        var index = ClauseIndex(at);
        return index >= 0 ? _firstVerbEnd[index] <= at : false;
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
        if (_verbs.Contains(word))
        {
            return true;
        }

        for (var split = 1; split < word.Length; split++)
        {
            if (_verbs.Contains(word[split..]) && ActionWords.Adverbial.Contains(word[..split]))
            {
                return true;
            }
        }

        return false;
    }

    private Clause ClauseOf(int at) =>
        ClauseIndex(at) is var index and >= 0 ? _clauses[index] : new Clause(sentence.Start, sentence.End, null);

    private int ClauseIndex(int at)
    {
        for (var k = 0; k < _clauses.Count; k++)
        {
            if (_clauses[k].Start <= at && at <= _clauses[k].End)
            {
                return k;
            }
        }

        return -1;
    }
}
