using System.Runtime.InteropServices;

namespace Dashboard.Analysis.Comparison;

/// <summary>
/// Every group of an analysis summed once: the vocabulary (in ordinal order, so that term indices sort like the
/// terms), pooled counts and document frequencies, and each group's counts by term index. Shared by all comparisons.
/// </summary>
internal sealed class PooledCorpus
{
    public PooledCorpus(IReadOnlyList<TermGroup> groups)
    {
        var pooled = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var (term, count) in group.Counts)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(pooled, term, out _) += count;
            }

            TokenCount += group.TokenCount;
            DocumentCount += group.DocumentCount;
        }

        Terms = [.. pooled.Keys];
        Array.Sort(Terms, StringComparer.Ordinal);
        var termIndex = new Dictionary<string, int>(Terms.Length, StringComparer.Ordinal);
        Counts = new long[Terms.Length];
        for (var i = 0; i < Terms.Length; i++)
        {
            termIndex.Add(Terms[i], i);
            Counts[i] = pooled[Terms[i]];
        }

        Groups = groups;
        Vectors = new GroupVector[groups.Count];
        Parallel.For(0, groups.Count, g => Vectors[g] = GroupVector.Of(groups[g], termIndex));
        DocumentFrequency = new int[Terms.Length];
        foreach (var vector in Vectors)
        {
            for (var k = 0; k < vector.Terms.Length; k++)
            {
                DocumentFrequency[vector.Terms[k]] += vector.DocumentFrequency[k];
            }
        }
    }

    public IReadOnlyList<TermGroup> Groups { get; }

    public GroupVector[] Vectors { get; }

    public string[] Terms { get; }

    public long[] Counts { get; }

    public int[] DocumentFrequency { get; }

    public long TokenCount { get; }

    public int DocumentCount { get; }

    /// <summary>The prior count of every term, α_w = α0 · y_w / n, with y_w and n pooled over all groups.</summary>
    public double[] PriorCounts(double priorStrength)
    {
        var prior = new double[Counts.Length];
        for (var i = 0; i < prior.Length; i++)
        {
            prior[i] = priorStrength * ((double)Counts[i] / TokenCount);
        }

        return prior;
    }
}
