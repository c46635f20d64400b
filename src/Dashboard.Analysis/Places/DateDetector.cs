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
    /// <param name="lines">Page furniture and datelines, when known: a report's dateline (北京3月10日电) gives its date
    /// first; dates on publication lines (发布时间：…), which a repost rewrites, and in photo captions come after those
    /// of the text; a date without a year takes its year from a publication line or the address.</param>
    /// <param name="sourceUrl">The page's address, whose date (/2024/03/06/, t20240315) may give the year.</param>
    public static DateGuess? Detect(string normalisedText, DateOnly? today = null, PageLines? lines = null, string? sourceUrl = null)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var now = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var leadEnd = LeadEnd(normalisedText);
        var aside = lines is null ? [] : AsideLines(normalisedText, lines);
        (PolicyDate Date, Match Match)? dateline = lines is null ? null : DatelineDate(normalisedText, lines);
        (PolicyDate Date, Match Match)? leadDay = null;
        (PolicyDate Date, Match Match)? leadMonth = null;
        (PolicyDate Date, Match Match)? firstWithMonth = null;
        (PolicyDate Date, Match Match)? firstInRange = null;
        (PolicyDate Date, Match Match)? published = null;
        (PolicyDate Date, Match Match)? firstYear = null;
        foreach (Match match in DatePattern().Matches(normalisedText))
        {
            if (Read(match) is not { } date)
            {
                continue;
            }

            if (date.Month is null)
            {
                if (firstYear is null && !IsInSpan(normalisedText, match) && !aside.Any(a => a.Start <= match.Index && match.Index < a.End))
                {
                    firstYear = (date, match);
                }

                continue;
            }

            if (aside.FirstOrDefault(a => a.Start <= match.Index && match.Index < a.End) is { End: > 0 } line)
            {
                if (!line.Caption)
                {
                    published ??= (date, match);
                }

                continue;
            }

            if (InRange(normalisedText, match))
            {
                firstInRange ??= (date, match);
                continue;
            }

            if (match.Index < leadEnd)
            {
                if (date.Day is not null)
                {
                    leadDay ??= (date, match);
                }
                else
                {
                    leadMonth ??= (date, match);
                }
            }

            firstWithMonth ??= (date, match);
        }

        // A day in the lead says when; a full publication line beats a month named in passing (2024年6月，习近平…) and a
        // date further on (1984年8月); the first day of a span (1月16日至17日) comes last.
        var chosen = dateline ?? leadDay ?? (published is { Date.Day: not null } ? published : null) ?? leadMonth ?? firstWithMonth ?? published ?? firstInRange ?? firstYear;
        if (chosen is not { } pick)
        {
            return null;
        }

        var dated = pick.Date.Year is null && pick.Date.Month is { } month && pick.Date.Day is { } dayOfMonth
            && YearFrom(published?.Date, sourceUrl, month, dayOfMonth) is { } inferred
            ? pick.Date with { Year = inferred, YearInferred = true }
            : pick.Date;
        return Guess(dated, pick.Match, now);
    }

    private static DateGuess Guess(PolicyDate date, Match match, DateOnly today) =>
        new(date, match.Value, match.Index, match.Length, date.EarliestDay is { } day && day > today);

    /// <summary>The date of a dateline opening one of the first lines (中新网 北京3月10日电), as its match.</summary>
    private static (PolicyDate Date, Match Match)? DatelineDate(string text, PageLines lines)
    {
        var start = 0;
        for (var n = 0; n < AsideLineCount && start < text.Length; n++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var lineStart = start;
            while (lineStart < end && char.IsWhiteSpace(text[lineStart]))
            {
                lineStart++;
            }

            if (lines.DatelineAt(text, lineStart) is { Month: { } } dateline)
            {
                var match = DatePattern().Match(text, dateline.Start, dateline.Length);
                if (match.Success && Read(match) is { Month: not null } date)
                {
                    return (date, match);
                }
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>How many opening lines are read for a dateline or as publication lines.</summary>
    private const int AsideLineCount = 8;

    /// <summary>Lines whose dates are not the text's: page furniture among the opening lines (publication lines,
    /// stamps) and photo captions anywhere.</summary>
    private static List<(int Start, int End, bool Caption)> AsideLines(string text, PageLines lines)
    {
        var aside = new List<(int Start, int End, bool Caption)>();
        var start = 0;
        for (var n = 0; start < text.Length; n++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text[start..end];
            if (IsCaption(line))
            {
                aside.Add((start, end, true));
            }
            else if (n < AsideLineCount && line.Length <= MaxFurnitureLine && lines.IsFurniture(line))
            {
                aside.Add((start, end, false));
            }

            start = end + 1;
        }

        return aside;
    }

    /// <summary>Furniture lines are short; a long line is text.</summary>
    private const int MaxFurnitureLine = 120;

    /// <summary>A photo caption: a line ending with its credit (…（湖北日报全媒记者 赵怡然 摄）).</summary>
    private static bool IsCaption(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.EndsWith("摄）", StringComparison.Ordinal) || trimmed.EndsWith("摄)", StringComparison.Ordinal) || trimmed.EndsWith(" 摄", StringComparison.Ordinal);
    }

    /// <summary>1月16日至17日, 2月28日至3月2日: the days of a span are not the release's day.</summary>
    private static bool InRange(string text, Match match)
    {
        var after = match.Index + match.Length;
        var before = match.Index - 1;
        return (after + 1 < text.Length && IsRangeMark(text[after]) && char.IsAsciiDigit(text[after + 1]))
            || (before >= 0 && IsRangeMark(text[before]));
    }

    private static bool IsRangeMark(char c) => c is '至' or '到' or '—' or '–' or '～' or '~';

    /// <summary>The year of a day given without one: from the publication line, else from the page's address, the latest
    /// year that does not put the day after the publication.</summary>
    private static int? YearFrom(PolicyDate? published, string? sourceUrl, int month, int day)
    {
        var reference = published is { Year: { } y, Month: { } m } ? new DateOnly(y, m, published.Day ?? DateTime.DaysInMonth(y, m))
            : UrlDate(sourceUrl);
        if (reference is not { } at)
        {
            return null;
        }

        var year = at.Year;
        if (!DateOnly.TryParse($"{year:D4}-{month:D2}-{Math.Min(day, DateTime.DaysInMonth(year, month)):D2}", System.Globalization.CultureInfo.InvariantCulture, out var candidate))
        {
            return null;
        }

        return candidate > at ? year - 1 : year;
    }

    /// <summary>A date in a page's address: /2024/03/06/, /202403/, t20240315, 2023-08/04.</summary>
    private static DateOnly? UrlDate(string? url)
    {
        if (string.IsNullOrEmpty(url) || UrlDatePattern().Match(url) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            return null;
        }

        return new DateOnly(year, month, day is >= 1 && day <= DateTime.DaysInMonth(year, month) ? day : DateTime.DaysInMonth(year, month));
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>20[0-9]{2})[/-]?(?<m>[01][0-9])(?:[/-]?(?<d>[0-3][0-9]))?(?![0-9])")]
    private static partial Regex UrlDatePattern();

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
