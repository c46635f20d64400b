using Dashboard.Analysis.Themes;
using Dashboard.Data.Store;

namespace Dashboard.Data.Tests.Store;

/// <summary>An edited taxonomy: checked with clear messages, kept as themes.json in the data directory, read back at start.</summary>
public sealed class TaxonomyStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dashboard-taxonomy-test").FullName;

    private static TaxonomyDraft Default() => TaxonomyDraft.From(ThemeTaxonomy.LoadDefault());

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void An_unedited_draft_reads_back_as_the_same_themes()
    {
        var original = ThemeTaxonomy.LoadDefault();
        var again = Default().ToTaxonomy();

        Assert.Equal(original.Themes, again.Themes, (a, b) => a.Id == b.Id && a.Chinese == b.Chinese && a.English == b.English && a.DefinitionChinese == b.DefinitionChinese && a.Terms.SequenceEqual(b.Terms));
        Assert.Equal(original.Version.Split('+')[0], again.Version.Split('+')[0]);
        Assert.Empty(TaxonomyValidation.Check(Default()));
    }

    [Fact]
    public void Validation_names_each_problem_with_its_theme_and_term()
    {
        var draft = Default();
        draft.Themes[1].Id = draft.Themes[0].Id;
        draft.Themes[2].Chinese = " ";
        draft.Themes[3].English = "";
        draft.Themes[4].Terms = ["  "];
        draft.Themes[5].Terms.Add("新质生产力");
        draft.Themes[6].Terms.Add(draft.Themes[6].Terms[0]);
        draft.Themes[7].Id = "Digital Economy";
        draft.Themes[8].Id = "";

        var problems = TaxonomyValidation.Check(draft);

        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.DuplicateId && p.Message == "The id 'quality-development' is used by more than one theme.");
        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.MissingChinese && p.ThemeId == draft.Themes[2].Id && p.Message.Contains("needs a Chinese label", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.MissingEnglish && p.ThemeId == draft.Themes[3].Id);
        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.NoTerms && p.ThemeId == draft.Themes[4].Id);
        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.TermInTwoThemes && p.Term == "新质生产力"
            && p.Message == $"The term '新质生产力' is in both 'quality-development' and '{draft.Themes[5].Id}'; a term belongs to one theme.");
        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.DuplicateTermInTheme && p.ThemeId == draft.Themes[6].Id);
        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.InvalidId && p.ThemeId == "Digital Economy");
        Assert.Contains(problems, p => p.Kind == TaxonomyProblemKind.MissingId && p.Message == "Theme 9 needs an id.");
        Assert.Single(TaxonomyValidation.Check(new TaxonomyDraft()), p => p.Kind == TaxonomyProblemKind.NoThemes);
    }

    [Fact]
    public void A_saved_taxonomy_overrides_the_built_in_one_at_the_next_start()
    {
        var store = new TaxonomyStore(_directory);
        Assert.False(store.HasOverride);
        Assert.Equal(ThemeTaxonomy.LoadDefault().Version, store.Load().Version);

        var draft = Default();
        draft.Themes[0].English = "New productive forces";
        draft.Themes[0].Terms.Add("寒地黑土粮仓");
        var saved = store.Save(draft);

        Assert.True(File.Exists(Path.Combine(_directory, "themes.json")));
        var reloaded = new TaxonomyStore(_directory).Load();
        Assert.Equal(saved.Version, reloaded.Version);
        Assert.NotEqual(ThemeTaxonomy.LoadDefault().Version, reloaded.Version);
        Assert.Equal("New productive forces", reloaded.Themes[0].English);
        Assert.Equal("quality-development", reloaded.ThemeOfTerm("寒地黑土粮仓")?.Id);
    }

    [Fact]
    public void An_invalid_taxonomy_is_refused_and_the_file_stays_as_it_was()
    {
        var store = new TaxonomyStore(_directory);
        store.Save(Default());
        var before = File.ReadAllBytes(store.FilePath);

        var draft = Default();
        draft.Themes[1].Terms.Add(draft.Themes[0].Terms[0]);
        var refused = Assert.Throws<TaxonomyValidationException>(() => store.Save(draft));

        Assert.Contains(refused.Problems, p => p.Kind == TaxonomyProblemKind.TermInTwoThemes);
        Assert.Contains("a term belongs to one theme", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(store.FilePath));
    }

    [Fact]
    public void Restoring_puts_back_the_previous_file_or_none()
    {
        var store = new TaxonomyStore(_directory);
        var none = store.ReadOverride();
        store.Save(Default());
        store.Restore(none);
        Assert.False(store.HasOverride);

        store.Save(Default());
        var first = store.ReadOverride();
        var draft = Default();
        draft.Themes[0].Chinese = "新质生产力";
        store.Save(draft);
        store.Restore(first);
        Assert.Equal(first, File.ReadAllBytes(store.FilePath));
    }
}
