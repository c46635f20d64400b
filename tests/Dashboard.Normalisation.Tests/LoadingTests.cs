using System.Diagnostics;

namespace Dashboard.Normalisation.Tests;

public class LoadingTests
{
    [Fact]
    public void Missing_table_names_the_file_and_where_it_comes_from()
    {
        var directory = Path.Combine(Path.GetTempPath(), "no-opencc-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => TextNormaliser.Load(directory));

        Assert.Contains("TSPhrases.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("fetch-lexicon.sh", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(directory, "TSPhrases.txt"), error.FileName);
    }

    [Fact]
    public void Default_tables_load_from_the_build_output()
    {
        var clock = Stopwatch.StartNew();
        var normaliser = TextNormaliser.LoadDefault();
        clock.Stop();

        Assert.Equal("学习", normaliser.Normalise("學習").Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"loading took {clock.Elapsed}");
    }
}
