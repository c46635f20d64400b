using System.Globalization;
using System.Text.Json;
using Plotly.Blazor.Interop;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// A click on a chart: the trace, the point's index in it (-1 where plotly reports none, as for heatmaps, whose
/// point is a [row, column] pair) and the point's x and y as drawn.
/// </summary>
public sealed record PlotClick(int Trace, int Point, string? X, string? Y, int? Row = null, int? Column = null)
{
    public static PlotClick? From(EventDataPoint point)
    {
        var trace = ToInt(point.CurveNumber) ?? 0;
        var (row, column) = Pair(point.PointNumber);
        return new PlotClick(trace, ToInt(point.PointNumber) ?? -1, Text(point.X), Text(point.Y), row, column);
    }

    private static int? ToInt(object? value) => value switch
    {
        int i => i,
        long l => (int)l,
        double d => (int)d,
        decimal m => (int)m,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt32(),
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    private static (int? Row, int? Column) Pair(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } e when e.GetArrayLength() == 2 => (ToInt(e[0]), ToInt(e[1])),
        object[] { Length: 2 } a => (ToInt(a[0]), ToInt(a[1])),
        _ => (null, null),
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        JsonElement e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
