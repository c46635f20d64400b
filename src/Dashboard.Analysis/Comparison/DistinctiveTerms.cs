namespace Dashboard.Analysis.Comparison;

/// <summary>
/// The result of comparing group A with group B: every term kept (see <see cref="ComparisonSettings.MinimumCount"/>)
/// ordered by z from most distinctive of A to most distinctive of B, the settings used, and the warnings that apply.
/// </summary>
public sealed record DistinctiveTerms(
    string GroupA,
    string GroupB,
    ComparisonSettings Settings,
    IReadOnlyList<DistinctiveTerm> Terms,
    IReadOnlyList<ComparisonWarning> Warnings)
{
    public double PriorStrength => Settings.PriorStrength;

    public int MinimumCount => Settings.MinimumCount;

    /// <summary>The <see cref="ComparisonSettings.TopTerms"/> most distinctive terms of one side.</summary>
    public IReadOnlyList<DistinctiveTerm> TopFor(ComparisonSide side) => TopFor(side, Settings.TopTerms);

    /// <summary>Up to <paramref name="count"/> terms that favour <paramref name="side"/>, the most distinctive first.</summary>
    public IReadOnlyList<DistinctiveTerm> TopFor(ComparisonSide side, int count) => Top(Terms, side, count);

    internal static List<DistinctiveTerm> Top(IReadOnlyList<DistinctiveTerm> termsByZ, ComparisonSide side, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var top = new List<DistinctiveTerm>(Math.Min(count, termsByZ.Count));
        for (var i = 0; i < termsByZ.Count && top.Count < count; i++)
        {
            var term = termsByZ[side == ComparisonSide.A ? i : termsByZ.Count - 1 - i];
            if (term.Favours != side)
            {
                break;
            }

            top.Add(term);
        }

        return top;
    }
}
