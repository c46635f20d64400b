namespace Dashboard.Data.Store.Entities;

/// <summary>A named, saved comparison: the report's query string (filter, groups, sections, language), reopened as a link.</summary>
public sealed class SavedView
{
    public long Id { get; set; }

    /// <summary>The short id in links (/reports?view=ID).</summary>
    public required string PublicId { get; set; }

    public required string Name { get; set; }

    /// <summary>The report's query string without the leading '?': filter, groups, title, sections, language.</summary>
    public required string Query { get; set; }

    /// <summary>The sections, also in <see cref="Query"/>, kept apart so the list can show them.</summary>
    public required string Sections { get; set; }

    public required string Language { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
