namespace Dashboard.Analysis.Comparison;

/// <summary>
/// Which terms distinguish groups of documents: the weighted log-odds ratio with an informative Dirichlet prior
/// (<see cref="WeightedLogOdds"/>) and the log-likelihood G² (<see cref="LogLikelihood"/>) for every term. The prior
/// is always the pooled corpus of all the groups passed in, so results of one call are on one scale.
/// </summary>
public static class DistinctiveTermAnalysis
{
    /// <summary>Group <paramref name="a"/> against group <paramref name="b"/>, the prior pooled from the two.</summary>
    public static DistinctiveTerms Compare(TermGroup a, TermGroup b, ComparisonSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Pairwise([a, b], settings)[0];
    }

    /// <summary>Every pair of groups, (0, 1), (0, 2), …, (1, 2), …, the first of each pair as side A.</summary>
    public static IReadOnlyList<DistinctiveTerms> Pairwise(IReadOnlyList<TermGroup> groups, ComparisonSettings? settings = null)
    {
        settings ??= ComparisonSettings.Default;
        var pooled = Pool(groups);
        var prior = pooled.PriorCounts(settings.PriorStrength);
        var pairs = new List<(int A, int B)>();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                pairs.Add((i, j));
            }
        }

        var results = new DistinctiveTerms[pairs.Count];
        Parallel.For(0, pairs.Count, p =>
        {
            var (i, j) = pairs[p];
            results[p] = ComparePair(pooled, prior, i, j, settings);
        });
        return results;
    }

    /// <summary>Each group against the union of all the others.</summary>
    public static IReadOnlyList<DistinctiveTerms> OneAgainstRest(IReadOnlyList<TermGroup> groups, ComparisonSettings? settings = null)
    {
        settings ??= ComparisonSettings.Default;
        var pooled = Pool(groups);
        var prior = pooled.PriorCounts(settings.PriorStrength);

        // A term's count in a group and in the rest together is its pooled count, so every comparison has the same terms.
        var candidates = Enumerable.Range(0, pooled.Terms.Length).Where(t => pooled.Counts[t] >= settings.MinimumCount).ToArray();

        var results = new DistinctiveTerms[groups.Count];
        Parallel.For(
            0,
            groups.Count,
            () => new int[pooled.Terms.Length],
            (g, _, dense) =>
            {
                results[g] = CompareWithRest(pooled, prior, g, candidates, dense, settings);
                return dense;
            },
            _ => { });
        return results;
    }

    private static PooledCorpus Pool(IReadOnlyList<TermGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
        }

        return new PooledCorpus(groups);
    }

    private static DistinctiveTerms ComparePair(PooledCorpus pooled, double[] prior, int i, int j, ComparisonSettings settings)
    {
        var a = pooled.Vectors[i];
        var b = pooled.Vectors[j];

        // The terms of either group, merged from the two index-sorted vectors.
        var capacity = a.Terms.Length + b.Terms.Length;
        var candidates = new List<int>(capacity);
        var countA = new List<long>(capacity);
        var countB = new List<long>(capacity);
        int x = 0, y = 0;
        while (x < a.Terms.Length || y < b.Terms.Length)
        {
            var termA = x < a.Terms.Length ? a.Terms[x] : int.MaxValue;
            var termB = y < b.Terms.Length ? b.Terms[y] : int.MaxValue;
            var term = Math.Min(termA, termB);
            var inA = termA == term ? a.Counts[x++] : 0;
            var inB = termB == term ? b.Counts[y++] : 0;
            if ((long)inA + inB >= settings.MinimumCount)
            {
                candidates.Add(term);
                countA.Add(inA);
                countB.Add(inB);
            }
        }

        return Build(
            pooled,
            prior,
            new GroupSide(pooled.Groups[i], a),
            new GroupSide(pooled.Groups[j], b),
            [.. candidates],
            [.. countA],
            [.. countB],
            settings);
    }

    private static DistinctiveTerms CompareWithRest(PooledCorpus pooled, double[] prior, int g, int[] candidates, int[] dense, ComparisonSettings settings)
    {
        var vector = pooled.Vectors[g];
        for (var k = 0; k < vector.Terms.Length; k++)
        {
            dense[vector.Terms[k]] = vector.Counts[k];
        }

        var countA = new long[candidates.Length];
        var countB = new long[candidates.Length];
        for (var k = 0; k < candidates.Length; k++)
        {
            var term = candidates[k];
            countA[k] = dense[term];
            countB[k] = pooled.Counts[term] - dense[term];
        }

        foreach (var term in vector.Terms)
        {
            dense[term] = 0;
        }

        return Build(pooled, prior, new GroupSide(pooled.Groups[g], vector), new RestSide(pooled, g), candidates, countA, countB, settings);
    }

    private static DistinctiveTerms Build(
        PooledCorpus pooled,
        double[] prior,
        ComparedSide a,
        ComparedSide b,
        int[] candidates,
        long[] countA,
        long[] countB,
        ComparisonSettings settings)
    {
        var order = TermRanking.ByZ(candidates, countA, countB, a, b, prior, settings.PriorStrength);
        var terms = new RankedTermList(order, new TermScorer(pooled, prior, settings.PriorStrength, a, b));
        return new DistinctiveTerms(a.Name, b.Name, settings, terms, ComparisonWarnings.ForComparison(a, b, terms, settings));
    }
}
