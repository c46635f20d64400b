using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

public class TermGroupTests
{
    [Fact]
    public void FromDocuments_sums_counts_tokens_and_document_frequencies()
    {
        var group = SmallCorpus.Dongguan;

        Assert.Equal("东莞", group.Name);
        Assert.Equal(2, group.DocumentCount);
        Assert.Equal(40, group.TokenCount);
        Assert.Equal(new Dictionary<string, int> { ["创新"] = 8, ["制造"] = 4, ["农业"] = 1, ["数字"] = 2 }, group.Counts);
        Assert.Equal(new Dictionary<string, int> { ["创新"] = 2, ["制造"] = 2, ["农业"] = 1, ["数字"] = 1 }, group.DocumentFrequency);
    }

    [Fact]
    public void Zero_counts_are_not_terms_of_the_group()
    {
        var group = TermGroup.FromDocuments("g", [SmallCorpus.Document("d", 10, ("有", 2), ("无", 0))]);
        Assert.False(group.Counts.ContainsKey("无"));
        Assert.False(group.DocumentFrequency.ContainsKey("无"));
    }

    [Fact]
    public void A_document_listed_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => TermGroup.FromDocuments("g",
        [
            SmallCorpus.Document("same", 10, ("词", 1)),
            SmallCorpus.Document("same", 10, ("词", 1)),
        ]));

    [Fact]
    public void A_document_counting_more_terms_than_tokens_is_refused() =>
        Assert.Throws<ArgumentException>(() => TermGroup.FromDocuments("g", [SmallCorpus.Document("d", 2, ("词", 3))]));

    [Fact]
    public void Create_copies_the_tables()
    {
        var counts = new Dictionary<string, int> { ["词"] = 3 };
        var group = TermGroup.Create("g", 2, 10, counts, new Dictionary<string, int> { ["词"] = 2 });
        counts["词"] = 99;
        Assert.Equal(3, group.Counts["词"]);
    }

    public static TheoryData<int, long, Dictionary<string, int>, Dictionary<string, int>> Inconsistent => new()
    {
        { 2, 10, new() { ["词"] = -1 }, new() },                // negative count
        { 2, 2, new() { ["词"] = 3 }, new() { ["词"] = 1 } },   // more occurrences than tokens
        { 2, 10, new() { ["词"] = 3 }, new() },                 // occurs in no document
        { 2, 10, new() { ["词"] = 3 }, new() { ["词"] = 3 } },  // in more documents than the group has
        { 2, 10, new() { ["词"] = 1 }, new() { ["词"] = 2 } },  // in more documents than it occurs
        { 2, 10, new() { ["词"] = 1 }, new() { ["别的"] = 1, ["词"] = 1 } }, // a document frequency without a count
        { 0, 10, new(), new() },                                // tokens without documents
    };

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void Create_refuses_inconsistent_tables(int documents, long tokens, Dictionary<string, int> counts, Dictionary<string, int> frequency) =>
        Assert.Throws<ArgumentException>(() => TermGroup.Create("g", documents, tokens, counts, frequency));
}
