using System.Globalization;

namespace Dashboard.Benchmarks.Web;

/// <summary>One measured figure: a count of samples with their median, 95th percentile and maximum (milliseconds).</summary>
internal sealed record DashboardTiming(string Name, int Samples, double Median, double P95, double Max, string Note)
{
    public static DashboardTiming Of(string name, IReadOnlyList<double> milliseconds, string note = "")
    {
        var sorted = milliseconds.Order().ToArray();
        return new DashboardTiming(name, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted.Length == 0 ? double.NaN : sorted[^1], note);
    }

    public static DashboardTiming Once(string name, double milliseconds, string note = "") => new(name, 1, milliseconds, milliseconds, milliseconds, note);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Line() => string.Create(CultureInfo.InvariantCulture, $"| {Name} | {Samples} | {Median:F1} ms | {P95:F1} ms | {Max:F1} ms | {Note} |");
}
