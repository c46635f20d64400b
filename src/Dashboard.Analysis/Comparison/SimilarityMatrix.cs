namespace Dashboard.Analysis.Comparison;

/// <summary>
/// A symmetric matrix of similarities between groups: <c>Values[i][j]</c> is the similarity of
/// <c>Names[i]</c> and <c>Names[j]</c>; the diagonal is 1.
/// </summary>
public sealed record SimilarityMatrix(IReadOnlyList<string> Names, IReadOnlyList<IReadOnlyList<double>> Values)
{
    public double this[int row, int column] => Values[row][column];

    /// <summary>The similarity of the first groups named <paramref name="a"/> and <paramref name="b"/>.</summary>
    public double Between(string a, string b) => Values[IndexOf(a)][IndexOf(b)];

    private int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"No group is named '{name}'.");
    }
}
