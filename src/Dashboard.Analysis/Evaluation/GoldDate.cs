using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Analysis.Documents;

namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// A date as the gold index writes it, with only the parts the text gives: 11月28日 (no year), 2024年3月5日,
/// 2024-10-30, 2024-06-12 10:01:05, 2025年01月21日, 7月15日至16日 (the first day).
/// </summary>
public sealed partial record GoldDate(int? Year, int Month, int? Day)
{
    public static GoldDate? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Length == 0 || value.Equals("NONE", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = Pattern().Match(value);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a date the gold index can hold (11月28日, 2024年3月5日, 2024-10-30 or NONE)");
        }

        int? Int(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : null;
        return new GoldDate(Int("y"), Int("m")!.Value, Int("d"));
    }

    /// <summary>Whether a detected date says this: the same month and day, and the same year when the gold gives one.</summary>
    public bool Matches(PolicyDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.Month == Month
            && (Day is null || date.Day == Day)
            && (Year is null || date.Year == Year);
    }

    public override string ToString() =>
        (Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "") + Month.ToString(CultureInfo.InvariantCulture) + "月"
        + (Day is { } d ? d.ToString(CultureInfo.InvariantCulture) + "日" : "");

    [GeneratedRegex(@"^(?:(?<y>\d{4})\s*[年\-./]\s*)?(?<m>\d{1,2})\s*[月\-./]\s*(?:(?<d>\d{1,2})\s*[日号]?)?")]
    private static partial Regex Pattern();
}
