using Dashboard.Analysis.Corpus;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The taxonomy editor's preview segments and scores a sample with the edited taxonomy, not the one in force.</summary>
public sealed class ThemePreviewTests
{
    private static readonly Lazy<AnalysisResources> Resources = new(() => AnalysisResources.Load());

    private static ThemePreviewer Previewer() => new(new ActiveAnalysis(() => throw new InvalidOperationException("no store needed"), Resources.Value));

    [Fact]
    public async Task A_term_added_in_the_editor_is_cut_whole_and_scored_before_saving()
    {
        const string sample = "建设寒地黑土粮仓，发展新质生产力。";
        var previewer = Previewer();
        var before = await previewer.PreviewAsync(Resources.Value.Taxonomy, sample);
        Assert.DoesNotContain(before.Tokens, t => t.Word == "寒地黑土粮仓");

        var draft = TaxonomyDraft.From(Resources.Value.Taxonomy);
        draft.Themes.Single(t => t.Id == "agriculture-food").Terms.Add("寒地黑土粮仓");
        var after = await previewer.PreviewAsync(draft.ToTaxonomy(), sample);

        var token = Assert.Single(after.Tokens, t => t.Word == "寒地黑土粮仓");
        Assert.Equal("agriculture-food", token.ThemeId);
        Assert.Equal("quality-development", after.Tokens.Single(t => t.Word == "新质生产力").ThemeId);
        var score = Assert.Single(after.Scores, s => s.ThemeId == "agriculture-food");
        Assert.Equal(1, score.Hits);
        Assert.Equal(["寒地黑土粮仓"], score.Terms);
        Assert.Equal(1000.0 / after.WordTokens, score.PerThousandTokens, 6);
        // The analysis in force is untouched.
        Assert.Null(Resources.Value.Taxonomy.ThemeOfTerm("寒地黑土粮仓"));
    }

    [Fact]
    public async Task A_removed_term_is_no_longer_marked()
    {
        var draft = TaxonomyDraft.From(Resources.Value.Taxonomy);
        draft.Themes.Single(t => t.Id == "quality-development").Terms.Remove("新质生产力");
        var preview = await Previewer().PreviewAsync(draft.ToTaxonomy(), "发展新质生产力。");

        Assert.DoesNotContain(preview.Scores, s => s.ThemeId == "quality-development");
        Assert.All(preview.Tokens, t => Assert.Null(t.ThemeId));
    }
}
