namespace Dashboard.Data.Import;

/// <summary>What happened to one file of an import.</summary>
public enum ImportOutcome
{
    Imported,

    /// <summary>Not an error: already stored, or not a kind of file the import reads.</summary>
    Skipped,

    Failed,
}

/// <summary>One file of an import and what became of it, with the reason in words a user understands.</summary>
public sealed record ImportItem(string Path, ImportOutcome Outcome, string? PublicId, string? Title, string? MessageKey, string? Message)
{
    /// <summary>The locality was stored as a suggestion (a detection below the confidence threshold): what was found,
    /// for the import to ask that someone confirm it.</summary>
    public Analysis.Documents.DetectedLocality? SuggestedLocality { get; init; }

    /// <summary>Stray invalid bytes replaced while reading the file.</summary>
    public Ingestion.DecodingRepair? Repair { get; init; }
}

/// <summary>How far an import has got.</summary>
public sealed record ImportProgress(int Done, int Total, string CurrentFile);

/// <summary>Every file of an import, in order.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportItem> Items)
{
    public int Imported => Items.Count(i => i.Outcome == ImportOutcome.Imported);

    public int Skipped => Items.Count(i => i.Outcome == ImportOutcome.Skipped);

    public int Failed => Items.Count(i => i.Outcome == ImportOutcome.Failed);
}

/// <summary>Metadata the user gives for every file of an import (what detection cannot find).</summary>
public sealed record ImportDefaults
{
    public string? LocalityCode { get; init; }

    public bool LocalityConfirmedUnknown { get; init; }

    public Analysis.Documents.DocumentKind Kind { get; init; } = Analysis.Documents.DocumentKind.Other;
}
