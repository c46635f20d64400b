using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Charts;

/// <summary>How a theme profile is measured: raw hits, share of the locality's theme hits, or hits per 1,000 words.</summary>
public enum ThemeMeasure
{
    Hits,
    Share,
    PerThousand,
}

public static class ThemeMeasures
{
    public static double Value(ThemeCell cell, ThemeMeasure measure) => measure switch
    {
        ThemeMeasure.Share => Math.Round(cell.Share * 100, 1),
        ThemeMeasure.PerThousand => Math.Round(cell.PerThousandTokens, 2),
        _ => cell.Hits,
    };
}
