using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

public class TfIdfSimilarityTests
{
    private static readonly TermGroup X = TermGroup.Create("X", 1, 10, Counts(("a", 2), ("b", 1)), Counts(("a", 1), ("b", 1)));
    private static readonly TermGroup Y = TermGroup.Create("Y", 1, 10, Counts(("a", 1), ("c", 3)), Counts(("a", 1), ("c", 1)));
    private static readonly TermGroup Z = TermGroup.Create("Z", 1, 10, Counts(("b", 4), ("c", 1)), Counts(("b", 1), ("c", 1)));
    private static readonly Dictionary<string, double> Idf = new() { ["a"] = 1.0, ["b"] = 2.0, ["c"] = 0.5 };

    [Fact]
    public void Cosine_is_computed_on_counts_times_idf()
    {
        var matrix = TfIdfSimilarity.Compute([X, Y, Z], t => Idf[t]);

        // By hand: X = (a 2, b 2, c 0), Y = (1, 0, 1.5), Z = (0, 8, 0.5).
        // X·Y = 2, |X| = √8, |Y| = √3.25: 2/√26. X·Z = 16, |Z| = √64.25: 16/√514. Y·Z = 0.75: 0.75/√208.8125.
        Assert.Equal(2 / Math.Sqrt(26), matrix.Between("X", "Y"), 1e-12);
        Assert.Equal(16 / Math.Sqrt(514), matrix.Between("X", "Z"), 1e-12);
        Assert.Equal(0.75 / Math.Sqrt(208.8125), matrix.Between("Y", "Z"), 1e-12);
    }

    [Fact]
    public void The_idf_changes_the_similarity()
    {
        // With every IDF 1: X = (2, 1, 0), Y = (1, 0, 3): 2/(√5 · √10).
        var matrix = TfIdfSimilarity.Compute([X, Y], _ => 1.0);
        Assert.Equal(2 / Math.Sqrt(50), matrix[0, 1], 1e-12);
    }

    [Fact]
    public void The_matrix_is_symmetric_with_ones_on_the_diagonal()
    {
        var matrix = TfIdfSimilarity.Compute([X, Y, Z, SmallCorpus.Dongguan, SmallCorpus.Suihua], t => t.Length);

        Assert.Equal(["X", "Y", "Z", "东莞", "绥化"], matrix.Names);
        for (var i = 0; i < matrix.Names.Count; i++)
        {
            Assert.Equal(1, matrix[i, i]);
            for (var j = 0; j < matrix.Names.Count; j++)
            {
                Assert.Equal(matrix[i, j], matrix[j, i]);
                Assert.InRange(matrix[i, j], 0, 1);
            }
        }

        Assert.Equal(0, matrix.Between("X", "东莞")); // no shared terms
    }

    [Fact]
    public void A_group_with_an_empty_vector_has_similarity_zero_with_the_others()
    {
        var empty = TermGroup.FromDocuments("空", []);
        var onlyIdfZero = TermGroup.Create("常见", 1, 10, Counts(("的", 5)), Counts(("的", 1)));

        var matrix = TfIdfSimilarity.Compute([X, empty, onlyIdfZero, Y], t => t == "的" ? 0 : Idf[t]);

        Assert.All([matrix[1, 0], matrix[1, 2], matrix[1, 3], matrix[2, 0], matrix[2, 3]], v => Assert.Equal(0, v));
        Assert.Equal(1, matrix[1, 1]);
        Assert.Equal(2 / Math.Sqrt(26), matrix[0, 3], 1e-12);
    }

    [Fact]
    public void The_idf_is_asked_once_per_term()
    {
        var asked = new List<string>();
        TfIdfSimilarity.Compute([X, Y, Z], t =>
        {
            asked.Add(t);
            return Idf[t];
        });
        Assert.Equal(["a", "b", "c"], asked.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void An_impossible_idf_is_refused(double idf) =>
        Assert.Throws<ArgumentException>(() => TfIdfSimilarity.Compute([X, Y], _ => idf));

    private static Dictionary<string, int> Counts(params (string Term, int Count)[] counts) =>
        counts.ToDictionary(c => c.Term, c => c.Count, StringComparer.Ordinal);
}
