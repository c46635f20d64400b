namespace Dashboard.Analysis.Comparison;

/// <summary>One side of a comparison as the computation sees it: a group, or the union of all groups but one.</summary>
internal abstract class ComparedSide
{
    public abstract string Name { get; }

    public abstract int DocumentCount { get; }

    public abstract long TokenCount { get; }

    /// <summary>The group itself when the side is one group; null for a union.</summary>
    public abstract TermGroup? Group { get; }

    public abstract long CountOf(int term);

    public abstract int DocumentFrequencyOf(int term);
}

internal sealed class GroupSide(TermGroup group, GroupVector vector) : ComparedSide
{
    public override string Name => group.Name;

    public override int DocumentCount => group.DocumentCount;

    public override long TokenCount => group.TokenCount;

    public override TermGroup Group => group;

    public override long CountOf(int term) => vector.CountOf(term);

    public override int DocumentFrequencyOf(int term) => vector.DocumentFrequencyOf(term);
}

/// <summary>Every group of the pooled corpus but one: its figures are the pooled ones minus that group's.</summary>
internal sealed class RestSide(PooledCorpus pooled, int excluded) : ComparedSide
{
    private readonly TermGroup _excluded = pooled.Groups[excluded];
    private readonly GroupVector _vector = pooled.Vectors[excluded];

    public override string Name => NameFor(_excluded.Name);

    public override int DocumentCount => pooled.DocumentCount - _excluded.DocumentCount;

    public override long TokenCount => pooled.TokenCount - _excluded.TokenCount;

    public override TermGroup? Group => null;

    public static string NameFor(string excludedGroup) => "all but " + excludedGroup;

    public override long CountOf(int term) => pooled.Counts[term] - _vector.CountOf(term);

    public override int DocumentFrequencyOf(int term) => pooled.DocumentFrequency[term] - _vector.DocumentFrequencyOf(term);
}
