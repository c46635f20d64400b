using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Analysis.Documents;

namespace Dashboard.Web.Services;

/// <summary>
/// A document's date as the Add documents form edits it: the text <see cref="PolicyDate.ToString"/> writes
/// ("2024-11-28", "2024-11", "2024", "~2024-11-28" for an inferred year, "????-11-28" for an unknown one), or empty.
/// </summary>
public static partial class ImportDateText
{
    public static string Format(PolicyDate? date) =>
        date is null || date.Precision == DatePrecision.Unknown ? "" : date.ToString();

    /// <summary>Reads the form's text back; empty means the date is unknown. False when the text is not a date.</summary>
    public static bool TryParse(string? text, out PolicyDate date)
    {
        date = PolicyDate.Unknown;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        var match = DatePattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        int? year = match.Groups["year"].Value is "????" ? null : Number(match.Groups["year"].Value);
        int? month = match.Groups["month"].Success ? Number(match.Groups["month"].Value) : null;
        int? day = match.Groups["day"].Success ? Number(match.Groups["day"].Value) : null;
        if (year is null && month is null)
        {
            return false;
        }

        if (month is < 1 or > 12 || year is < 1 or > 9999)
        {
            return false;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month!.Value)))
        {
            return false;
        }

        date = new PolicyDate(year, month, day, YearInferred: year is not null && match.Groups["inferred"].Success);
        return true;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<inferred>~)?(?<year>\d{4}|\?{4})(?:[-/.](?<month>\d{1,2})(?:[-/.](?<day>\d{1,2}))?)?$")]
    private static partial Regex DatePattern();
}
