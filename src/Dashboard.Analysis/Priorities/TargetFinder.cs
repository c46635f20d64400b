using Dashboard.Analysis.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Targets: a number with a unit (1000亿元, 3.5%, 100家, 一千万元) that a target cue (达到, 突破, 力争, 新增…) announces in
/// the same clause. What is measured is the name between the cue and the number (新增<b>高新技术企业</b>100家), else
/// the name after the unit (新增100家<b>企业</b>), else the clause before the cue (<b>研发投入强度</b>达到3.5%). The
/// year is the one the sentence sets (到2027年, 2027年前). A count with no cue (等9家单位作书面发言) and a date
/// (2月14日, 2027年) are no targets; nor is a number with nothing measured (同比增长6%), a number in brackets (园区（2）),
/// or a clause fragment where the measured thing should be (经济总量将, 培育新质生产力是一项): what is measured must be
/// a name, ending with a noun.
/// </summary>
internal static partial class TargetFinder
{
    private const int MinMetricLength = 2;
    private const int MaxMetricLength = 16;

    [GeneratedRegex(
        @"(?<![0-9.第“一二两三四五六七八九十百千万亿零])(?<number>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万亿零]+?)(?<unit>万亿元|亿元|万元|元|万人次|人次|万人|人|个百分点|个|家|项|所|件|户|倍|平方公里|万亩|亩|万吨|吨|%|％)")]
    private static partial Regex Quantity();

    /// <summary>到2027年, 2027年前, and a year that opens a sentence or clause (2027年，…).</summary>
    [GeneratedRegex("(?:^|[到至在于，；：,;:])(?<year>20[0-9]{2})年|(?<year>20[0-9]{2})年(?:前|底|末|内)")]
    private static partial Regex TargetYear();

    public static IEnumerable<Finding> Find(TaggedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        var clauses = sentence.Clauses();
        foreach (Match match in Quantity().Matches(text))
        {
            var number = match.Groups["number"];
            if (!char.IsAsciiDigit(number.Value[0]) && !number.Value.Any(c => "一二两三四五六七八九十零".Contains(c)))
            {
                continue;
            }

            var numberStart = sentence.Start + number.Index;
            var end = sentence.Start + match.Index + match.Length;
            if (clauses.Where(c => c.Start <= numberStart && numberStart < c.End).Select(c => (Clause?)c).FirstOrDefault() is not { } clause
                || Cues(sentence, clause.Start, numberStart) is not { Count: > 0 } cues)
            {
                continue;
            }

            if (numberStart > sentence.Start && sentence.CharAt(numberStart - 1) is '（' or '(')
            {
                continue;
            }

            var (metricStart, metricEnd) = Metric(sentence, clause, cues, numberStart, end);
            if (metricEnd <= metricStart || !IsMeasuredThing(sentence, metricStart, metricEnd))
            {
                continue;
            }

            (metricStart, metricEnd) = WithoutHedges(sentence, metricStart, metricEnd);
            var item = sentence.TextOf(metricStart, metricEnd);
            var start = Math.Min(metricStart, cues[0].Start);
            var priority = new Priority(
                PriorityKind.Target, item, null, number.Value, ChineseNumerals.Value(number.Value), match.Groups["unit"].Value,
                YearBefore(text, number.Index), sentence.Sentence.Index, start, Math.Max(end, metricEnd) - start);
            yield return new Finding(priority.Start, priority.End, [priority]);
        }
    }

    /// <summary>The target cues in the clause before the number, left to right.</summary>
    private static List<(int Start, int End)> Cues(TaggedSentence sentence, int start, int numberStart)
    {
        // A cue starts a word: 达 in 传达 is none.
        var wordStarts = sentence.WordsIn(start, numberStart).Select(w => w.Start).ToHashSet();
        var cues = new List<(int Start, int End)>();
        for (var i = start; i < numberStart; i++)
        {
            var rest = sentence.TextOf(i, numberStart);
            var cue = TargetWords.Cues.FirstOrDefault(c => rest.StartsWith(c, StringComparison.Ordinal));
            if (cue is null
                || !wordStarts.Contains(i)
                || (TargetWords.AdjacentOnly.Contains(cue, StringComparer.Ordinal) && rest.Length > cue.Length + 1))
            {
                continue;
            }

            cues.Add((i, i + cue.Length));
            i += cue.Length - 1;
        }

        return cues;
    }

    private static (int Start, int End) Metric(TaggedSentence sentence, Clause clause, List<(int Start, int End)> cues, int numberStart, int unitEnd)
    {
        var betweenStart = cues[^1].End;
        var betweenEnd = numberStart;
        while (betweenEnd > betweenStart && TargetWords.Approximators.Contains(sentence.CharAt(betweenEnd - 1)))
        {
            betweenEnd--;
        }

        if (IsObject(sentence, betweenStart, betweenEnd))
        {
            return (betweenStart, betweenEnd);
        }

        // After the unit, a grade may come first: 两个千亿级产业集群.
        var afterEnd = unitEnd;
        foreach (var word in sentence.WordsIn(unitEnd, clause.End).Where(w => w.Start >= unitEnd))
        {
            if (word.End - unitEnd > MaxMetricLength)
            {
                break;
            }

            if (IsNamePart(word))
            {
                afterEnd = word.End;
            }
            else if (word.Flag is not ("m" or "q") || afterEnd > unitEnd)
            {
                break;
            }
        }

        if (afterEnd - unitEnd >= MinMetricLength)
        {
            return (unitEnd, afterEnd);
        }

        var beforeEnd = ItemTrimmer.TrimEnd(sentence, clause.Start, cues[0].Start);
        var beforeStart = ItemTrimmer.TrimStart(sentence, clause.Start, beforeEnd);
        return beforeEnd - beforeStart is >= MinMetricLength and <= MaxMetricLength ? (beforeStart, beforeEnd) : (cues[0].Start, cues[0].Start);
    }

    /// <summary>Whether what stands between a cue and its number is the cue's object: no action, no preposition or
    /// conjunction (the tagger's adverbs are let through: 专精特新 comes out as 专精/n 特新/d).</summary>
    private static bool IsObject(TaggedSentence sentence, int start, int end) =>
        end - start is >= MinMetricLength and <= MaxMetricLength
        && sentence.WordsIn(start, end).All(w => IsNamePart(w) || (!w.IsPunctuation && w.Flag is "d" or "ad"));

    /// <summary>The measured thing without 预计 and 同比 at its ends (预计地区生产总值 → 地区生产总值).</summary>
    private static (int Start, int End) WithoutHedges(TaggedSentence sentence, int start, int end)
    {
        var text = sentence.TextOf(start, end);
        foreach (var hedge in TargetWords.Hedges)
        {
            if (text.StartsWith(hedge, StringComparison.Ordinal) && text.Length - hedge.Length >= MinMetricLength)
            {
                (start, text) = (start + hedge.Length, text[hedge.Length..]);
            }

            if (text.EndsWith(hedge, StringComparison.Ordinal) && text.Length - hedge.Length >= MinMetricLength)
            {
                (end, text) = (end - hedge.Length, text[..^hedge.Length]);
            }
        }

        return (start, end);
    }

    /// <summary>What is measured: a name of name words (quotation marks allowed when they pair up), with no number and
    /// no list in it, ending with a noun (增加值, 企业, 总值).</summary>
    private static bool IsMeasuredThing(TaggedSentence sentence, int start, int end)
    {
        var words = sentence.WordsIn(start, end).Where(w => w.Start >= start && w.End <= end).ToList();
        var text = sentence.TextOf(start, end);
        // Inside the name, a verb that names an activity (研发投入强度) and a grade (千亿级产业集群) belong to it; 是 and
        // the actions that announce a target do not.
        bool Belongs(TaggedWord w, int k) =>
            IsNamePart(w)
            || (k < words.Count - 1 && !w.IsPunctuation && (w.Flag is "d" or "ad" or "m" or "q"
                || (w.IsVerb && !ActionWords.Contains(w.Word) && w.Word is not ("是" or "有" or "为" or "将" or "要"))));
        return words.Count > 0
            && words.Select((w, k) => Belongs(w, k)).All(b => b)
            && (words[^1].Flag.StartsWith('n') || words[^1].Flag is "vn" or "x" or "j" or "l")
            && !text.Any(char.IsAsciiDigit) && !text.Contains('、') && !Text.Quotes.Unbalanced(text)
            && !TargetWords.Cues.Any(c => text.StartsWith(c, StringComparison.Ordinal))
            && !TargetWords.NotMeasured.Contains(text, StringComparer.Ordinal);
    }

    /// <summary>A word of what is measured; quotation marks too (专精特新“小巨人”企业).</summary>
    private static bool IsNamePart(TaggedWord word) =>
        (word.IsNameWord && !ActionWords.Contains(word.Word)) || word.Word is "“" or "”";

    private static int? YearBefore(string text, int index) =>
        TargetYear().Matches(text[..index]).LastOrDefault() is { } year ? int.Parse(year.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
