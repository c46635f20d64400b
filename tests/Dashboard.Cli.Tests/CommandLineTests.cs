namespace Dashboard.Cli.Tests;

public class CommandLineTests
{
    private const string Dongguan = "000_7fb5d263923113ca.txt";

    [Fact]
    public void Segment_prints_one_line_per_input_line_with_tokens_separated_by_slashes()
    {
        var result = CliRunner.Run("发展新质生产力\n\n推动高质量发展", "segment");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("发展 / 新质 / 生产力\n\n推动 / 高质量 / 发展\n", result.Stdout);
    }

    [Theory]
    [InlineData("precise", "我 / 来到 / 北京 / 清华大学\n")]
    [InlineData("all", "我 / 来到 / 北京 / 清华 / 清华大学 / 华大 / 大学\n")]
    [InlineData("search", "我 / 来到 / 北京 / 清华 / 华大 / 大学 / 清华大学\n")]
    public void Segment_modes_give_jiebas_classic_example(string mode, string expected)
    {
        var result = CliRunner.Run("我来到北京清华大学", "segment", "--mode", mode);
        Assert.Equal(expected, result.Stdout);
    }

    [Fact]
    public void Segment_takes_a_user_dictionary_and_can_turn_the_hmm_off()
    {
        var dict = Path.GetTempFileName();
        try
        {
            File.WriteAllText(dict, "新质生产力 100 n\n");
            Assert.Equal("发展 / 新质生产力\n", CliRunner.Run("发展新质生产力", "segment", "--user-dict", dict).Stdout);
            Assert.Equal("韦 / 皓 / 主持\n", CliRunner.Run("韦皓主持", "segment", "--no-hmm").Stdout);
            Assert.Equal("韦皓 / 主持\n", CliRunner.Run("韦皓主持", "segment").Stdout);
        }
        finally
        {
            File.Delete(dict);
        }
    }

    [Fact]
    public void Normalize_gives_clean_simplified_chinese_of_a_seed()
    {
        var result = CliRunner.Run("", "normalize", CliRunner.SeedPath(Dongguan));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("东莞市委理论学习中心组召开专题学习会", result.Stdout);
        Assert.DoesNotContain("(xué)", result.Stdout);
    }

    [Fact]
    public void Keywords_print_word_tab_weight_lines()
    {
        var normalised = CliRunner.Run("", "normalize", CliRunner.SeedPath(Dongguan)).Stdout;
        var tfidf = CliRunner.Run(normalised, "keywords", "--tfidf", "5");
        Assert.Equal(0, tfidf.ExitCode);
        var lines = tfidf.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, line => Assert.Matches(@"^\S+\t\d+\.\d{6}$", line));
        Assert.Contains(lines, line => line.StartsWith("生产力\t", StringComparison.Ordinal));
        var textRank = CliRunner.Run(normalised, "keywords", "--textrank", "3");
        Assert.Equal(3, textRank.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Invalid_utf8_gives_a_one_line_error_and_a_non_zero_exit_code()
    {
        var gbk = new byte[] { 0xB7, 0xA2, 0xD5, 0xB9 }; // 发展 in GBK
        var result = CliRunner.Run(gbk, "segment");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("not valid UTF-8", result.Stderr);
    }

    [Fact]
    public void A_directory_gives_a_one_line_error()
    {
        var result = CliRunner.Run("", "segment", Path.GetTempPath());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is a directory", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_file_gives_a_one_line_error()
    {
        foreach (var args in new[] { new[] { "normalize", "/no/such/file.txt" }, ["segment", "--dict", "/no/such/dict.txt"], ["keywords", "--tfidf", "5", "--idf", "/no/such/idf"] })
        {
            var result = CliRunner.Run("发展", args);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("no such", result.Stderr);
            Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("segment", "--mode", "fast")]
    [InlineData("segment", "--bogus")]
    [InlineData("keywords")]
    [InlineData("keywords", "--tfidf", "0")]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var result = CliRunner.Run("", args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("dashboard: ", result.Stderr);
    }

    [Fact]
    public void Empty_input_gives_one_empty_line_as_jieba_does()
    {
        Assert.Equal("\n", CliRunner.Run("", "segment").Stdout);
    }
}
