namespace Dashboard.Web.Hosting;

/// <summary>The two languages of the dashboard, as culture names.</summary>
public static class Cultures
{
    public const string English = "en";
    public const string Chinese = "zh-Hans";

    public static string[] Supported { get; } = [English, Chinese];

    public static bool IsChinese(System.Globalization.CultureInfo culture) =>
        culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
