namespace Dashboard.Web.Localisation;

/// <summary>Strings of the themes pages, the taxonomy editor and the re-analysis banner (ThemeStrings.resx, ThemeStrings.zh-Hans.resx).</summary>
public sealed class ThemeStrings;
