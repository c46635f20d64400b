using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

public class ComparisonWarningsTests
{
    // Groups of several documents, enough text, every term in more than one document: nothing to warn about.
    private static readonly TermGroup Healthy = SmallCorpus.Group("广州", 3, 2000, ("创新", 20), ("制造", 10), ("农业", 2));
    private static readonly TermGroup AlsoHealthy = SmallCorpus.Group("哈尔滨", 4, 1500, ("创新", 5), ("制造", 5), ("农业", 15));

    [Fact]
    public void Healthy_groups_give_no_warnings()
    {
        Assert.Empty(DistinctiveTermAnalysis.Compare(Healthy, AlsoHealthy).Warnings);
        Assert.Empty(ComparisonWarnings.ForGroup(Healthy));
        Assert.All(DistinctiveTermAnalysis.OneAgainstRest([Healthy, AlsoHealthy]), r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public void A_top_term_carried_by_one_of_several_documents_rests_on_a_single_document()
    {
        var group = TermGroup.FromDocuments("深圳",
        [
            SmallCorpus.Document("sz-1", 2000, ("创新", 20), ("低空经济", 12)),
            SmallCorpus.Document("sz-2", 2000, ("创新", 20)),
        ]);

        var result = DistinctiveTermAnalysis.Compare(group, AlsoHealthy);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ComparisonWarningKind.TermFromSingleDocument, warning.Kind);
        Assert.Equal(("深圳", "低空经济"), (warning.Group, warning.Term));
        Assert.Equal(ComparisonWarnings.TermFromSingleDocumentKey, warning.MessageKey);
        Assert.Equal("'低空经济' is distinctive of 深圳 but rests on a single document.", warning.Message);
    }

    [Fact]
    public void A_single_document_term_outside_the_reported_top_terms_is_not_flagged()
    {
        var group = TermGroup.FromDocuments("深圳",
        [
            SmallCorpus.Document("sz-1", 2000, ("创新", 40), ("低空经济", 2)),
            SmallCorpus.Document("sz-2", 2000, ("创新", 40)),
        ]);
        var other = SmallCorpus.Group("哈尔滨", 4, 1500, ("创新", 5), ("制造", 10));

        var onlyTheTop = DistinctiveTermAnalysis.Compare(group, other, new ComparisonSettings { TopTerms = 1 });
        Assert.Equal("创新", onlyTheTop.TopFor(ComparisonSide.A).Single().Term);
        Assert.Empty(onlyTheTop.Warnings);

        var topTwo = DistinctiveTermAnalysis.Compare(group, other, new ComparisonSettings { TopTerms = 2 });
        Assert.Equal("低空经济", Assert.Single(topTwo.Warnings).Term);
    }

    [Fact]
    public void A_group_of_one_document_is_flagged_once_and_its_terms_are_not()
    {
        var single = SmallCorpus.Group("绥化", 1, 5000, ("农业", 50), ("粮食", 30));

        var result = DistinctiveTermAnalysis.Compare(Healthy, single);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ComparisonWarningKind.SingleDocumentGroup, "绥化", null), (warning.Kind, warning.Group, warning.Term));
        Assert.Equal("绥化 holds a single document: all figures rest on one document.", warning.Message);
    }

    [Theory]
    [InlineData(998, 1000, true)]
    [InlineData(1000, 1000, false)]
    [InlineData(300, 200, false)]
    public void A_group_with_fewer_tokens_than_the_setting_has_little_text(int tokens, long threshold, bool flagged)
    {
        var small = SmallCorpus.Group("小县", 2, tokens / 2, ("农业", 5)); // two documents of half the tokens each
        var settings = new ComparisonSettings { SmallGroupTokens = threshold };

        var warnings = DistinctiveTermAnalysis.Compare(Healthy, small, settings).Warnings;

        Assert.Equal(flagged, warnings.Any(w => w.Kind == ComparisonWarningKind.SmallGroup && w.Group == "小县"));
        Assert.DoesNotContain(warnings, w => w.Group == "广州");
    }

    [Fact]
    public void The_small_group_message_gives_the_numbers()
    {
        var small = SmallCorpus.Group("小县", 2, 400, ("农业", 5));
        var warning = Assert.Single(ComparisonWarnings.ForGroup(small));
        Assert.Equal((ComparisonWarningKind.SmallGroup, ComparisonWarnings.SmallGroupKey), (warning.Kind, warning.MessageKey));
        Assert.Equal("小县 has little text (800 tokens, fewer than 1,000): its figures are unstable.", warning.Message);
    }

    [Fact]
    public void Comparing_a_group_with_itself_is_flagged()
    {
        var twin = SmallCorpus.Group("广州", 3, 2000, ("创新", 1));

        foreach (var result in new[] { DistinctiveTermAnalysis.Compare(Healthy, Healthy), DistinctiveTermAnalysis.Compare(Healthy, twin) })
        {
            var warning = Assert.Single(result.Warnings, w => w.Kind == ComparisonWarningKind.SameGroups);
            Assert.Equal("广州", warning.Group);
        }

        Assert.All(DistinctiveTermAnalysis.Compare(Healthy, Healthy).Terms, t => Assert.Equal(0, t.Z));
    }

    [Fact]
    public void An_empty_group_is_flagged_and_compares_without_failing()
    {
        var empty = TermGroup.FromDocuments("空", []);

        var result = DistinctiveTermAnalysis.Compare(Healthy, empty);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ComparisonWarningKind.EmptyGroup, "空", ComparisonWarnings.EmptyGroupKey), (warning.Kind, warning.Group, warning.MessageKey));
        Assert.NotEmpty(result.Terms);
        Assert.All(result.Terms, t => Assert.Equal(0, t.PerTenThousandB));

        // The prior is then the non-empty group itself, whose rates δ reproduces exactly: nothing stands out.
        Assert.All(result.Terms, t => Assert.Equal(0, t.Z, 1e-12));
    }

    [Fact]
    public void One_against_rest_of_a_single_group_flags_the_empty_rest()
    {
        var result = Assert.Single(DistinctiveTermAnalysis.OneAgainstRest([Healthy]));
        Assert.Equal(ComparisonWarningKind.EmptyGroup, Assert.Single(result.Warnings).Kind);
        Assert.Equal("all but 广州", result.Warnings[0].Group);
    }

    [Fact]
    public void The_rest_is_checked_for_single_document_terms_too()
    {
        var other = TermGroup.FromDocuments("佛山", [SmallCorpus.Document("fs-1", 3000, ("陶瓷", 25), ("创新", 5))]);
        var third = SmallCorpus.Group("江门", 2, 2000, ("创新", 5));

        var healthyAgainstRest = DistinctiveTermAnalysis.OneAgainstRest([Healthy, other, third])[0];

        // The rest (佛山 and 江门, three documents) is distinguished by 陶瓷, found in 佛山's one document.
        var warning = Assert.Single(healthyAgainstRest.Warnings);
        Assert.Equal((ComparisonWarningKind.TermFromSingleDocument, "all but 广州", "陶瓷"), (warning.Kind, warning.Group, warning.Term));
    }
}
