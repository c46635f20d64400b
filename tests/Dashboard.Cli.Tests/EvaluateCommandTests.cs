using System.Text.Json;

namespace Dashboard.Cli.Tests;

/// <summary>`dashboard evaluate` on the project's gold corpus, as CI runs it.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-evaluate-").FullName;

    private static string Gold => Path.Combine(Root, "tests", "corpus", "index.tsv");

    private static string Root => Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.SeedPath("x")))!;

    [Fact]
    public void Evaluate_prints_the_figures_of_both_parts_and_the_documents_it_got_wrong()
    {
        var result = CliRunner.Run("", "evaluate", "--gold", Gold);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Gold corpus: " + Gold + ", 115 documents (78 development, 37 test)", result.Stdout, StringComparison.Ordinal);
        foreach (var figure in new[] { "locality exact", "locality right at province level", "wrong places", "locality unknown", "date right", "industries precision", "industries recall", "industries F1", "sector-free texts with industries", "dateline or byline titles", "Locality confidence" })
        {
            Assert.Contains(figure, result.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Documents with a fault:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_development_part_meets_the_projects_thresholds_and_the_quoted_figures_are_the_current_ones()
    {
        var written = Path.Combine(_folder, "measured-quality.json");
        var result = CliRunner.Run("", "evaluate", "--gold", Gold, "--check", Path.Combine(Root, "tests", "corpus", "thresholds.json"), "--write-quality", written);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("the development part meets every threshold", result.Stderr, StringComparison.Ordinal);
        var stored = Path.Combine(Root, "src", "Dashboard.Analysis", "Data", "measured-quality.json");
        Assert.True(
            File.ReadAllText(stored) == File.ReadAllText(written),
            "The Method page quotes figures of another analysis: run `dotnet run --project src/Dashboard.Cli -- evaluate --write-quality src/Dashboard.Analysis/Data/measured-quality.json` and commit the file.");
    }

    [Fact]
    public void A_figure_below_its_threshold_fails_the_check_in_words()
    {
        var thresholds = Path.Combine(_folder, "strict.json");
        File.WriteAllText(thresholds, """{ "part": "test", "localityExact": 1.0, "wrongPlaces": 0, "dateRight": 0.5, "industryPrecision": 0.5, "industryRecall": 0.5, "sectorFreeWithIndustries": 99, "datelineTitles": 99 }""");

        var result = CliRunner.Run("", "evaluate", "--gold", Gold, "--check", thresholds);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"evaluate: test: locality exact is \d+\.\d %, below 100 %", result.Stderr);
    }

    [Fact]
    public void Evaluate_json_has_every_part_and_every_documents_verdict()
    {
        var result = CliRunner.Run("", "evaluate", "--gold", Gold, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["development", "test"], json.RootElement.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("part").GetString()));
        Assert.Equal(115, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void A_missing_gold_file_is_one_line_and_exit_1()
    {
        var result = CliRunner.Run("", "evaluate", "--gold", Path.Combine(_folder, "none.tsv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_industry_vocabulary_is_applied_and_an_invalid_one_is_refused_in_words()
    {
        var vocabulary = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "src", "Dashboard.Analysis", "Data", "industries.json")))!;
        var industries = vocabulary["industries"]!.AsArray();
        industries.Remove(industries.Single(i => (string?)i!["id"] == "ice-snow-economy"));
        var edited = Path.Combine(_folder, "industries.json");
        File.WriteAllText(edited, vocabulary.ToJsonString());

        var analysed = CliRunner.Run("", "analyze", "--json", "--industries", edited, CliRunner.SeedPath("002_f6af64227d9b497f.txt"));
        Assert.Equal(0, analysed.ExitCode);
        Assert.DoesNotContain("\"ice-snow-economy\"", analysed.Stdout, StringComparison.Ordinal);

        industries.Add(System.Text.Json.Nodes.JsonNode.Parse("""{"id": "twin", "zh": "新材料", "en": "Twin", "category": "sei-3", "source": "test"}"""));
        File.WriteAllText(edited, vocabulary.ToJsonString());
        var refused = CliRunner.Run("", "evaluate", "--gold", Gold, "--industries", edited);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("新材料", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("a term denotes one industry", refused.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }
}
