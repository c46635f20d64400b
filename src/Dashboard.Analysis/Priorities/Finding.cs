namespace Dashboard.Analysis.Priorities;

/// <summary>What one pattern found at one place: its priorities, and the span of text the pattern read (a whole list
/// with its head), which later patterns may not read again.</summary>
internal sealed record Finding(int Start, int End, IReadOnlyList<Priority> Priorities)
{
    public bool Overlaps(Finding other) => Start < other.End && other.Start < End;
}
