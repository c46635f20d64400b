using System.Globalization;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Themes;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Localisation;

/// <summary>
/// Names of themes, places and instruments in the reader's language: Chinese alone for Chinese readers, English with
/// the Chinese beside it for English readers, since the Chinese is what they will search the documents for.
/// </summary>
public static class DisplayNames
{
    private static bool Chinese => Cultures.IsChinese(CultureInfo.CurrentUICulture);

    public static string Theme(Theme theme) => Chinese ? theme.Chinese : $"{theme.English} ({theme.Chinese})";

    /// <summary>The short form for chart axes.</summary>
    public static string ThemeShort(Theme theme) => Chinese ? theme.Chinese : theme.English;

    public static string Place(Division place) => Chinese ? place.Name : $"{place.EnglishName} ({place.Name})";

    public static string Place(string name, string englishName) => Chinese ? name : $"{englishName} ({name})";

    public static string PlaceShort(string name, string englishName) => Chinese ? name : englishName;

    public static string Instrument(InstrumentType type) => Chinese ? type.Chinese : $"{type.English} ({type.Chinese})";

    public static string Region(EconomicRegion region) => Chinese ? Regions.ChineseLabel(region) : Regions.EnglishLabel(region);

    public static string Region(GeographicRegion region) => Chinese ? Regions.ChineseLabel(region) : Regions.EnglishLabel(region);

    public static string Category(InstrumentCategory category) => Chinese ? category.Chinese : category.English;

    /// <summary>The date as stored ("~2024-02-14" when the year is inferred), or the reader's word for unknown.</summary>
    public static string Date(PolicyDate date, string unknown) => date.Year is null ? unknown : date.ToString();
}
