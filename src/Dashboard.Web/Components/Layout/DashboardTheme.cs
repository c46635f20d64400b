using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>The app's colours and type: Okabe–Ito blue as primary, and CJK-capable system fonts (no web fonts).</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#0072B2", Secondary = "#D55E00", AppbarBackground = "#1f3a5f" },
        PaletteDark = new PaletteDark { Primary = "#56B4E9", Secondary = "#E69F00" },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
            },
        },
    };
}
