using System.Text.RegularExpressions;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// "N大 … head": 六大产业集群, 七大战新产业基地, 两大工程. The number is small (2–19) and written as in the text; an
/// ordinal (第七大) or 大 starting another word (一大批, 三大力) is not one, nor a head starting a longer word
/// (五大战略性新兴产业 is 战略性新兴产业, not 战略).
/// </summary>
internal static partial class NumberedPhrase
{
    /// <summary>Heads of numbered phrases, longest first: industry heads and programme heads.</summary>
    private const string Heads = "产业集群|产业基地|产业园区|产业体系|产业链|产业|集群|基地|园区|行业|领域|赛道|板块|工程|行动|计划|体系|平台|战略|专项|项目";

    [GeneratedRegex(
        @"(?<![第0-9一二两三四五六七八九十百])(?<number>十[一二三四五六七八九]?|[二两三四五六七八九]|[1-9][0-9]?)大(?!批|力|量|幅|型|规模|会|多|幅度)(?<stem>\p{IsCJKUnifiedIdeographs}{0,6}?)(?<head>" + Heads + ")(?![性化])")]
    private static partial Regex Pattern();

    [GeneratedRegex("^(?:" + Heads + ")")]
    private static partial Regex HeadAtStart();

    [GeneratedRegex("^(?:" + Heads + ")+$")]
    private static partial Regex OnlyHeads();

    /// <summary>Whether a name is nothing but heads (行动, 产业集群): it names nothing without its number.</summary>
    public static bool IsHead(string name) => OnlyHeads().IsMatch(name);

    /// <summary>Every numbered phrase in <paramref name="text"/>; a head followed by another (产业 体系) takes both.</summary>
    public static IEnumerable<NumberedMatch> FindAll(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var end = match.Index + match.Length;
            while (HeadAtStart().Match(text[end..]) is { Success: true } more)
            {
                end += more.Length;
            }

            var number = match.Groups["number"];
            var nameStart = number.Index + number.Length + 1;
            yield return new NumberedMatch(match.Index, end, number.Value, text[nameStart..end]);
        }
    }
}

/// <summary>A numbered phrase: where it is in the searched string, its number as written and the name after N大.</summary>
internal readonly record struct NumberedMatch(int Start, int End, string Number, string Name)
{
    public int Length => End - Start;
}
