namespace Dashboard.Data.Store.Entities;

/// <summary>A set of analyses of the whole corpus; exactly one is active, and it is what the dashboard shows.</summary>
public sealed class AnalysisGeneration
{
    public int Generation { get; set; }

    public bool IsActive { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
