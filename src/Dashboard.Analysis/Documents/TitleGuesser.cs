using System.Text.RegularExpressions;
using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Documents;

/// <summary>
/// Proposes a title when none is given: the page's headline where it shows one (the first of its opening lines that
/// is no page furniture, opens with no dateline, holds no full stop and is short enough; a kicker above it is passed
/// over), otherwise the first clause of the report that says what happened: after its dateline (人民网合肥1月15日电
/// （记者陈浩）), past a clause that is only a date or says how the report learnt (记者从…获悉). A title never keeps a
/// quotation mark open and is cut at <see cref="MaxLength"/> characters where it has to be cut.
/// </summary>
public sealed partial class TitleGuesser(PageLines lines)
{
    public const int MaxLength = 40;

    /// <summary>The longest line read as a headline.</summary>
    public const int MaxHeadlineLength = 60;

    /// <summary>How many opening lines may hold the headline.</summary>
    private const int HeadlineLines = 8;

    private const int MinHeadlineHan = 5;

    private static readonly Lazy<TitleGuesser> Shared = new(() => new TitleGuesser(PageLines.LoadDefault()));

    public static TitleGuesser Default => Shared.Value;

    [GeneratedRegex(@"^[\d〇零一二三四五六七八九十年月日号上下午晚早前后\s至]*$")]
    private static partial Regex DateOnly();

    /// <summary>A kicker above a headline: two or three short phrases set apart by spaces (精准发力 提质升级).</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}(?:\s+\p{IsCJKUnifiedIdeographs}{2,6}){1,2}$")]
    private static partial Regex Kicker();

    public static string Guess(string normalisedText, IReadOnlyList<Sentence> sentences) => Default.GuessTitle(normalisedText, sentences);

    public string GuessTitle(string normalisedText, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        ArgumentNullException.ThrowIfNull(sentences);
        return Headline(normalisedText) ?? FirstClause(normalisedText) ?? Cut(normalisedText.Split('\n', 2)[0].Trim());
    }

    private string? Headline(string text)
    {
        var candidates = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(HeadlineLines).ToList();
        for (var k = 0; k < candidates.Count; k++)
        {
            var line = candidates[k];
            if (!IsHeadline(line))
            {
                continue;
            }

            if (Kicker().IsMatch(line) && k + 1 < candidates.Count && IsHeadline(candidates[k + 1]))
            {
                return candidates[k + 1];
            }

            return line;
        }

        return null;
    }

    private bool IsHeadline(string line) =>
        line.Length <= MaxHeadlineLength
        && line.Count(Places.ChineseText.IsHan) >= MinHeadlineHan
        && !line.Contains('。')
        && !lines.IsFurniture(line)
        && lines.WithoutBylines(line).Count(Places.ChineseText.IsHan) >= MinHeadlineHan
        && lines.DatelineAt(line, 0) is null
        && !Quotes.Unbalanced(line)
        && !DateOnly().IsMatch(line);

    /// <summary>The first clause of the first lines that is not furniture, after a dateline, that says what happened.</summary>
    private string? FirstClause(string text)
    {
        foreach (var raw in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(HeadlineLines))
        {
            if (lines.IsFurniture(raw))
            {
                continue;
            }

            var line = lines.DatelineAt(raw, 0) is { } dateline ? raw[dateline.End..] : raw;
            foreach (var clause in line.Split('，', '：', '。', '；', '！', '？'))
            {
                var candidate = clause.Trim();
                if (candidate.Length >= 4 && !DateOnly().IsMatch(candidate) && !lines.IsFallbackSkip(candidate) && candidate.Count(Places.ChineseText.IsHan) >= 4)
                {
                    return Cut(StripOpeningDate(candidate));
                }
            }
        }

        return null;
    }

    /// <summary>11月28日上午东莞市委… reads as 东莞市委…: a date written onto the clause's start says when, not what.</summary>
    private static string StripOpeningDate(string clause)
    {
        var match = OpeningDate().Match(clause);
        return match.Success && clause.Length - match.Length >= 4 ? clause[match.Length..] : clause;
    }

    [GeneratedRegex(@"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上)?")]
    private static partial Regex OpeningDate();

    /// <summary>The title cut at <see cref="MaxLength"/>, before a quotation it would leave open.</summary>
    private static string Cut(string title)
    {
        if (title.Length <= MaxLength)
        {
            return Quotes.Unbalanced(title) ? Balance(title) : title;
        }

        var cut = Balance(title[..MaxLength]);
        return cut + "…";
    }

    /// <summary>The text up to its last quotation mark or bracket left open, or the text itself.</summary>
    private static string Balance(string text)
    {
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '“' or '（' or '(' or '《' or '【')
            {
                open.Push(i);
            }
            else if (text[i] is '”' or '）' or ')' or '》' or '】' && open.Count > 0)
            {
                open.Pop();
            }
        }

        var end = open.Count > 0 ? open.Last() : text.Length;
        return text[..end].TrimEnd('，', '、', ' ', '—');
    }
}
