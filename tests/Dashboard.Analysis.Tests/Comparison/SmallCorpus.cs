using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

/// <summary>
/// Two small groups whose figures can be checked by hand. 东莞 (40 tokens, 2 documents): 创新 8, 制造 4, 农业 1, 数字 2.
/// 绥化 (60 tokens, 3 documents): 农业 9, 创新 2, 制造 4, 粮食 6. Pooled: 100 tokens, 创新 10, 制造 8, 农业 10,
/// 数字 2, 粮食 6; the other 64 tokens are not listed terms. With a prior strength of 100 each prior count
/// α_w = 100 · y_w / 100 equals the pooled count.
/// </summary>
internal static class SmallCorpus
{
    public static TermGroup Dongguan { get; } = TermGroup.FromDocuments("东莞",
    [
        Document("dg-1", 20, ("创新", 5), ("制造", 3), ("农业", 1)),
        Document("dg-2", 20, ("创新", 3), ("制造", 1), ("数字", 2)),
    ]);

    public static TermGroup Suihua { get; } = TermGroup.FromDocuments("绥化",
    [
        Document("sh-1", 25, ("农业", 6), ("创新", 1), ("制造", 2)),
        Document("sh-2", 20, ("农业", 3), ("粮食", 4), ("制造", 2)),
        Document("sh-3", 15, ("创新", 1), ("粮食", 2)),
    ]);

    public static ComparisonSettings PriorOfOneHundred { get; } = new() { PriorStrength = 100, MinimumCount = 1 };

    public static DocumentTerms Document(string id, int tokens, params (string Term, int Count)[] counts) =>
        new(id, counts.ToDictionary(c => c.Term, c => c.Count, StringComparer.Ordinal), tokens);

    /// <summary>A group of <paramref name="documents"/> documents of <paramref name="tokensEach"/> tokens, each holding every listed count.</summary>
    public static TermGroup Group(string name, int documents, int tokensEach, params (string Term, int Count)[] countsEach) =>
        TermGroup.FromDocuments(name, Enumerable.Range(1, documents).Select(d => Document($"{name}-{d}", tokensEach, countsEach)));
}
