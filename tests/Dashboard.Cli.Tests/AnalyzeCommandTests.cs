using System.Text.Json;

namespace Dashboard.Cli.Tests;

public class AnalyzeCommandTests
{
    private static readonly string[] Seeds = [CliRunner.SeedPath("000_7fb5d263923113ca.txt"), CliRunner.SeedPath("002_f6af64227d9b497f.txt")];

    [Fact]
    public void Analyze_places_each_seed_and_lists_their_priorities_and_the_comparison()
    {
        var result = CliRunner.Run("", ["analyze", .. Seeds]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("locality   东莞市 (Dongguan), 广东省 (Guangdong)", result.Stdout);
        Assert.Contains("locality   绥化市 (Suihua), 黑龙江省 (Heilongjiang)", result.Stdout);
        Assert.Contains("六大产业集群：生物发酵", result.Stdout);
        Assert.Contains("下一代移动通信、前沿新材料、未来生命健康", result.Stdout);
        Assert.Contains("== distinctive terms", result.Stdout);
        Assert.Contains("== warnings", result.Stdout);
    }

    [Fact]
    public void Analyze_json_has_documents_groups_and_comparison()
    {
        var result = CliRunner.Run("", ["analyze", "--json", .. Seeds]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.StartsWith("nodejieba@", root.GetProperty("versions").GetProperty("lexicon").GetString());

        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        var suihua = documents.Single(d => d.GetProperty("locality").GetProperty("code").GetString() == "231200");
        Assert.Equal("230000", suihua.GetProperty("locality").GetProperty("provinceCode").GetString());
        var industries = suihua.GetProperty("priorities").EnumerateArray()
            .Where(p => p.GetProperty("kind").GetString() == "industry")
            .ToList();
        var clusters = industries.Where(p => p.GetProperty("group").GetString() == "六大产业集群").Select(p => p.GetProperty("item").GetString());
        Assert.Equal(["生物发酵", "食品加工", "电子装备", "精细化工", "医药制造", "麻纺制品"], clusters);
        Assert.Contains(industries, p => p.GetProperty("industryId").GetString() == "ice-snow-economy");
        var theme = suihua.GetProperty("themes")[0];
        var evidence = theme.GetProperty("evidence")[0];
        Assert.Contains(evidence.GetProperty("term").GetString()!, evidence.GetProperty("sentence").GetString()!);
        Assert.Equal(JsonValueKind.Null, suihua.GetProperty("date").GetProperty("year").ValueKind);
        Assert.Equal(2, suihua.GetProperty("date").GetProperty("month").GetInt32());

        Assert.Equal(2, root.GetProperty("groups").GetArrayLength());
        var pair = root.GetProperty("comparison").GetProperty("pairwise")[0];
        Assert.True(pair.GetProperty("topA").GetArrayLength() > 0);
        Assert.True(root.GetProperty("comparison").GetProperty("warnings").GetArrayLength() > 0);
    }

    [Fact]
    public void Analyze_without_files_is_a_usage_error()
    {
        var result = CliRunner.Run("", "analyze");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least one", result.Stderr);
    }

    [Fact]
    public void Analyze_refuses_a_file_that_is_not_utf8_in_one_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, [0xB7, 0xA2, 0xD5, 0xB9]);
            var result = CliRunner.Run("", "analyze", file);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("not valid UTF-8", result.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
