using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Places;

/// <summary>
/// Finds the release date of a policy text: the first valid date with a month in the first two sentences, else the first
/// such date anywhere, else the first year that stands alone (2024年，…) rather than in a span or target (到2035年,
/// 2024年以来, 2021—2025年). Reads 2025年1月15日, 2024年11月, 11月28日 (year unknown), 二〇二四年十一月二十八日,
/// 2024-11-28, 2024.11.28 and 2024/11/28; rejects impossible dates (2月30日, 13月).
/// </summary>
public static partial class DateDetector
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;
    private const int LeadSentences = 2;

    /// <summary>Before a lone year: 到2035年, 至2025年, 截至2024年, 2021—2025年.</summary>
    private const string SpanBefore = "到至止从自比较—–-~～";

    /// <summary>After a lone year: 2024年以来, 2024年底, 2024年前, 2025年度.</summary>
    private static readonly string[] SpanAfter =
        ["以来", "以前", "以后", "以内", "前", "后", "底", "初", "末", "内", "起", "止", "度", "至", "到", "—", "–", "-", "~", "～", "、", "和", "及", "或", "间", "期间", "左右"];

    /// <param name="normalisedText">The normalised text (simplified characters, half-width digits).</param>
    /// <param name="today">The day to judge <see cref="DateGuess.IsInFuture"/> by; today (UTC) when null.</param>
    public static DateGuess? Detect(string normalisedText, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var now = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var leadEnd = LeadEnd(normalisedText);
        (PolicyDate Date, Match Match)? firstWithMonth = null;
        (PolicyDate Date, Match Match)? firstYear = null;
        foreach (Match match in DatePattern().Matches(normalisedText))
        {
            if (Read(match) is not { } date)
            {
                continue;
            }

            if (date.Month is null)
            {
                if (firstYear is null && !IsInSpan(normalisedText, match))
                {
                    firstYear = (date, match);
                }

                continue;
            }

            if (match.Index < leadEnd)
            {
                return Guess(date, match, now);
            }

            firstWithMonth ??= (date, match);
        }

        return firstWithMonth is { } withMonth ? Guess(withMonth.Date, withMonth.Match, now)
            : firstYear is { } year ? Guess(year.Date, year.Match, now)
            : null;
    }

    private static DateGuess Guess(PolicyDate date, Match match, DateOnly today) =>
        new(date, match.Value, match.Index, match.Length, date.EarliestDay is { } day && day > today);

    /// <summary>The date a match spells, or null when it cannot be one (month 13, 2月30日, year 3024).</summary>
    private static PolicyDate? Read(Match match)
    {
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture)
            : match.Groups["cy"].Success ? ChineseNumerals.ParseDigitByDigit(match.Groups["cy"].Value)
            : null;
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : match.Groups["cm"].Success ? (int)ChineseNumerals.Value(match.Groups["cm"].Value)!.Value
            : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture)
            : match.Groups["cd"].Success ? (int)ChineseNumerals.Value(match.Groups["cd"].Value)!.Value
            : null;

        // 一月 alone is too often part of a word (统一月度) to be a date.
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || (match.Groups["cm"].Success && year is null && day is null))
        {
            return null;
        }

        if (day is { } d)
        {
            // Without a year, 2月29日 may be right; 2月30日 never is.
            var daysInMonth = DateTime.DaysInMonth(year ?? 2000, month!.Value);
            if (d < 1 || d > daysInMonth)
            {
                return null;
            }
        }

        return new PolicyDate(year, month, day);
    }

    /// <summary>到2035年, 2024年以来, 2021—2025年: a lone year that bounds a span, not a date.</summary>
    private static bool IsInSpan(string text, Match match)
    {
        var before = match.Index - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && SpanBefore.Contains(text[before], StringComparison.Ordinal))
        {
            return true;
        }

        var after = match.Index + match.Length;
        return SpanAfter.Any(w => string.CompareOrdinal(text, after, w, 0, w.Length) == 0);
    }

    /// <summary>The end of the first two sentences with Chinese in them.</summary>
    private static int LeadEnd(string text)
    {
        var end = 0;
        var count = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (sentence.Text.Any(ChineseText.IsHan))
            {
                end = sentence.End;
                if (++count == LeadSentences)
                {
                    break;
                }
            }
        }

        return end;
    }

    // Alternatives, longest first at each position: full Chinese dates, year and month, month and day, Chinese numerals,
    // numeric dates with - . or /, and a lone year. Digits next to the match are not part of another number.
    [GeneratedRegex("""
        (?<![0-9])(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号]
        | (?<![0-9])(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月(?!\s*[0-9])
        | (?<![0-9年])(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号]
        | (?:(?<cy>[〇零○OＯ一二三四五六七八九]{4})年)?(?<cm>十[一二]?|[一二三四五六七八九])月(?:(?<cd>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?
        | (?<![0-9.])(?<y>[0-9]{4})(?<sep>[-./])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])
        | (?<![0-9])(?<y>[0-9]{4})\s*年
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DatePattern();
}
