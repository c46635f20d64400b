using System.Text;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// Category labels that fit an axis: long English names (New quality productive forces and high-quality development)
/// are broken into lines at spaces, so rotated ticks stay short and the plot keeps its width. Chinese names are
/// short enough as they are. The data keep the whole name, so hovers and downloads show it unbroken.
/// </summary>
internal static class ChartLabels
{
    /// <summary>The longest line of a wrapped label, in characters.</summary>
    public const int LineLength = 18;

    private const int MaxLines = 3;

    public static string Wrap(string label, int lineLength = LineLength)
    {
        if (label.Length <= lineLength || !label.Contains(' ', StringComparison.Ordinal))
        {
            return label;
        }

        var lines = new List<StringBuilder> { new() };
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var line = lines[^1];
            if (line.Length > 0 && line.Length + 1 + word.Length > lineLength && lines.Count < MaxLines)
            {
                lines.Add(line = new StringBuilder());
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        return string.Join("<br>", lines);
    }

    /// <summary>The line length of labels read upright along a vertical tick: long lines are fine, few lines keep
    /// each label thin enough for twenty side by side at 1,024 pixels and on A4.</summary>
    public const int VerticalLineLength = 30;

    /// <summary>An axis of these categories, its labels upright and wrapped, its margin grown to hold them.</summary>
    public static Plotly.Blazor.LayoutLib.XAxis CategoryXAxis(IReadOnlyList<string> labels, int angle = -90) => new()
    {
        TickMode = Plotly.Blazor.LayoutLib.XAxisLib.TickModeEnum.Array,
        TickVals = [.. labels.Cast<object>()],
        TickText = [.. labels.Select(l => (object)Wrap(l, VerticalLineLength))],
        TickAngle = angle,
        AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
    };

    public static Plotly.Blazor.LayoutLib.YAxis CategoryYAxis(IReadOnlyList<string> labels, bool reversed = true) => new()
    {
        TickMode = Plotly.Blazor.LayoutLib.YAxisLib.TickModeEnum.Array,
        TickVals = [.. labels.Cast<object>()],
        TickText = [.. labels.Select(l => (object)Wrap(l, 34))],
        AutoRange = reversed ? Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed : Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.True,
        AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
    };

    /// <summary>A horizontal legend above the plot, clear of the axes and their titles.</summary>
    public static Plotly.Blazor.LayoutLib.Legend LegendAbove() => new()
    {
        Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
        X = 0,
        XAnchor = Plotly.Blazor.LayoutLib.LegendLib.XAnchorEnum.Left,
        Y = 1.02m,
        YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
    };
}
