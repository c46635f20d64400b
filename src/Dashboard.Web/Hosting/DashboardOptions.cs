namespace Dashboard.Web.Hosting;

/// <summary>The web app's own settings (section "Dashboard"); the store has its own section, Dashboard:Store.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The folder of seed documents loaded on first start; by default the copy beside the app.</summary>
    public string? SeedsDirectory { get; set; }

    /// <summary>Whether to load the seeds into an empty store at start.</summary>
    public bool LoadSeeds { get; set; } = true;

    /// <summary>How often (seconds) to check the store for changes made by another process; 0 turns it off.</summary>
    public int ChangePollSeconds { get; set; } = 2;

    public string EffectiveSeedsDirectory => SeedsDirectory ?? Path.Combine(AppContext.BaseDirectory, "seeds");
}
