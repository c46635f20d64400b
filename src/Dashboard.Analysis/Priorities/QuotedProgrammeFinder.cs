using Dashboard.Analysis.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Programmes named in quotation marks. A quotation is a programme when it is a number code (“4106”, “十百千万百万”),
/// when a programme head follows it (“十百千万百万”人才工程) or ends it (“四个体系”), or when policy work follows it
/// (“工改工”工作力度). Other quotations are political slogans or turns of phrase (“两个确立”, “两个维护”, “一把手”,
/// “组合拳”, “高精尖缺”) and are left out, as are plan periods (“十四五”).
/// </summary>
internal static partial class QuotedProgrammeFinder
{
    private const int MaxModifierLength = 6;

    /// <summary>A quotation short enough to be a name; longer ones are topics and titles.</summary>
    [GeneratedRegex("“(?<quoted>[^“”\n]{1,16})”")]
    private static partial Regex Quotation();

    [GeneratedRegex("^十[一二三四五六七八九]五$")]
    private static partial Regex PlanPeriod();

    [GeneratedRegex("^(?<number>[一二两三四五六七八九十]+|[0-9]+)[个大项条]")]
    private static partial Regex CountedName();

    public static IEnumerable<Finding> Find(TaggedSentence sentence)
    {
        foreach (Match match in Quotation().Matches(sentence.Sentence.Text))
        {
            var quoted = match.Groups["quoted"].Value;
            if (PlanPeriod().IsMatch(quoted))
            {
                continue;
            }

            var start = sentence.Start + match.Index;
            var quoteEnd = start + match.Length;
            var isCode = IsNumberCode(quoted);
            var group = HeadAfter(sentence, quoteEnd);
            var isProgramme = isCode
                || group is not null
                || ProgrammeWords.HeadEnding(quoted) is not null
                || ProgrammeWords.Activities.Any(a => sentence.Sentence.Text.AsSpan(quoteEnd - sentence.Start).StartsWith(a, StringComparison.Ordinal));
            if (!isProgramme)
            {
                continue;
            }

            var number = isCode ? quoted : CountedName().Match(quoted) is { Success: true } counted ? counted.Groups["number"].Value : null;
            var end = quoteEnd + (group?.Length ?? 0);
            var item = sentence.TextOf(start, end);
            yield return new Finding(start, end, [new Priority(PriorityKind.Programme, item, group, number, null, null, null, sentence.Sentence.Index, start, end - start)]);
        }
    }

    /// <summary>A code of digits or Chinese numerals, with + - · or N between (4106, 十百千万百万, 1+N).</summary>
    private static bool IsNumberCode(string quoted) =>
        quoted.Any(c => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeral(c))
        && quoted.All(c => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeral(c) || c is '+' or '-' or '·' or 'N' or 'X' or '×');

    /// <summary>The programme head right after a quotation with its modifier of name words (现代化产业体系, 人才工程).</summary>
    private static string? HeadAfter(TaggedSentence sentence, int from)
    {
        var limit = Math.Min(sentence.End, from + MaxModifierLength + 2);
        for (var i = from; i < limit; i++)
        {
            if (Clause.IsBoundary(sentence.CharAt(i)) || !char.IsLetterOrDigit(sentence.CharAt(i)))
            {
                return null;
            }

            var rest = sentence.TextOf(i, sentence.End);
            if (ProgrammeWords.Heads.FirstOrDefault(h => rest.StartsWith(h, StringComparison.Ordinal)) is not { } head)
            {
                continue;
            }

            var modifier = sentence.WordsIn(from, i).ToList();
            var isName = modifier.All(w => w.IsNameWord && w.Flag != "a" && !ActionWords.Contains(w.Word));
            return isName && i - from <= MaxModifierLength ? sentence.TextOf(from, i + head.Length) : null;
        }

        return null;
    }
}
