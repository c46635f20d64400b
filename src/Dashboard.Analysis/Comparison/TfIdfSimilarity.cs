using System.Runtime.InteropServices;

namespace Dashboard.Analysis.Comparison;

/// <summary>
/// Cosine similarity between groups on TF-IDF vectors: a group's weight for term w is its count of w times idf(w).
/// The IDF comes from the caller, normally jieba's reference table (<c>IdfTable</c>): with only a handful of
/// documents an IDF computed from the corpus itself is coarse (few distinct values, and zero for any term every
/// document shares, however specific), while the reference IDF says how common a word is in Chinese at large.
/// </summary>
public static class TfIdfSimilarity
{
    /// <summary>
    /// The similarity of every pair of groups. The diagonal is 1 by definition; a group whose vector is empty (no
    /// terms, or only terms of IDF 0) has similarity 0 with every other group.
    /// </summary>
    public static SimilarityMatrix Compute(IReadOnlyList<TermGroup> groups, Func<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(idf);

        // Each distinct term gets an index and one IDF look-up.
        var termIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var idfs = new List<double>();
        var vectors = new (int[] Terms, double[] Weights)[groups.Count];
        var norms = new double[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            ArgumentNullException.ThrowIfNull(groups[g], nameof(groups));
            var terms = new int[groups[g].Counts.Count];
            var weights = new double[terms.Length];
            var k = 0;
            foreach (var (term, count) in groups[g].Counts)
            {
                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(termIndex, term, out var known);
                if (!known)
                {
                    index = idfs.Count;
                    idfs.Add(IdfOf(idf, term));
                }

                terms[k] = index;
                weights[k] = count * idfs[index];
                norms[g] += weights[k] * weights[k];
                k++;
            }

            vectors[g] = (terms, weights);
            norms[g] = Math.Sqrt(norms[g]);
        }

        var postings = Postings(vectors, idfs.Count);
        var values = new double[groups.Count][];
        for (var g = 0; g < groups.Count; g++)
        {
            values[g] = new double[groups.Count];
            values[g][g] = 1;
        }

        // Dot products through the postings: each pair costs only the terms the two groups share.
        Parallel.For(
            0,
            groups.Count,
            () => new double[groups.Count],
            (i, _, dots) =>
            {
                Array.Clear(dots);
                var (terms, weights) = vectors[i];
                for (var k = 0; k < terms.Length; k++)
                {
                    var (postingGroups, postingWeights) = postings[terms[k]];
                    for (var p = postingGroups.Length - 1; p >= 0 && postingGroups[p] > i; p--)
                    {
                        dots[postingGroups[p]] += weights[k] * postingWeights[p];
                    }
                }

                for (var j = i + 1; j < groups.Count; j++)
                {
                    var cosine = norms[i] == 0 || norms[j] == 0 ? 0 : Math.Clamp(dots[j] / (norms[i] * norms[j]), -1, 1);
                    values[i][j] = cosine;
                    values[j][i] = cosine;
                }

                return dots;
            },
            _ => { });

        return new SimilarityMatrix(
            [.. groups.Select(g => g.Name)],
            [.. values.Select(row => (IReadOnlyList<double>)Array.AsReadOnly(row))]);
    }

    private static double IdfOf(Func<string, double> idf, string term)
    {
        var value = idf(term);
        return double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentException($"The IDF of '{term}' is {value}; it must be a finite number, zero or more.", nameof(idf));
    }

    /// <summary>For each term, the groups holding it in ascending order, with their weights.</summary>
    private static (int[] Groups, double[] Weights)[] Postings((int[] Terms, double[] Weights)[] vectors, int termCount)
    {
        var lengths = new int[termCount];
        foreach (var (terms, _) in vectors)
        {
            foreach (var term in terms)
            {
                lengths[term]++;
            }
        }

        var postings = new (int[] Groups, double[] Weights)[termCount];
        for (var t = 0; t < termCount; t++)
        {
            postings[t] = (new int[lengths[t]], new double[lengths[t]]);
            lengths[t] = 0;
        }

        for (var g = 0; g < vectors.Length; g++)
        {
            var (terms, weights) = vectors[g];
            for (var k = 0; k < terms.Length; k++)
            {
                var term = terms[k];
                var at = lengths[term]++;
                postings[term].Groups[at] = g;
                postings[term].Weights[at] = weights[k];
            }
        }

        return postings;
    }
}
