namespace Dashboard.Data.Ingestion;

/// <summary>Limits on what may be imported.</summary>
public sealed record ImportLimits
{
    /// <summary>Largest file accepted, in bytes (10 MB by default; configurable). Pasted text counts its UTF-8 bytes.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Fewest Chinese characters a text must hold to be worth analysing.</summary>
    public int MinChineseCharacters { get; init; } = 5;

    public static ImportLimits Default { get; } = new();
}
