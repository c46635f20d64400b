namespace Dashboard.Analysis.Comparison;

/// <summary>The two sides of a comparison: A is the first group named, B the second.</summary>
public enum ComparisonSide
{
    A,
    B,
}
