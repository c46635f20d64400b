using System.Globalization;

namespace Dashboard.Analysis.Documents;

/// <summary>How much of a document's date is known.</summary>
public enum DatePrecision
{
    Unknown,
    Year,
    Month,
    Day,
}

/// <summary>
/// A document's date as far as it is known. Policy releases often give only month and day ("11月28日"): then
/// <see cref="Year"/> is null, or carries an inferred year with <see cref="YearInferred"/> set.
/// </summary>
public sealed record PolicyDate(int? Year, int? Month, int? Day, bool YearInferred = false)
{
    public static PolicyDate Unknown { get; } = new(null, null, null);

    public DatePrecision Precision =>
        Day is not null && Month is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : Year is not null ? DatePrecision.Year
        : DatePrecision.Unknown;

    /// <summary>The earliest day the date can mean, for sorting and range filters; null without a year.</summary>
    public DateOnly? EarliestDay => Year is { } y ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>ISO-like text: 2024-11-28, 2024-11, 2024, ????-11-28 when the year is unknown; "~" marks an inferred year.</summary>
    public override string ToString()
    {
        var year = Year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "????";
        if (YearInferred)
        {
            year = "~" + year;
        }

        return (Month, Day) switch
        {
            ({ } m, { } d) => $"{year}-{m.ToString("D2", CultureInfo.InvariantCulture)}-{d.ToString("D2", CultureInfo.InvariantCulture)}",
            ({ } m, null) => $"{year}-{m.ToString("D2", CultureInfo.InvariantCulture)}",
            _ => Year is null ? "unknown" : year,
        };
    }
}
