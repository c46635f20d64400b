using System.Diagnostics;

namespace Dashboard.Cli.Tests;

/// <summary>`dashboard report` prints the web app's report page: the seeds loaded, then Dongguan against Suihua in Chinese.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-report-cli-").FullName;

    [Fact]
    public void Report_writes_the_Chinese_Dongguan_Suihua_pdf_from_names_in_any_script()
    {
        var data = Path.Combine(_folder, "data");
        var seeded = CliRunner.Run("", "corpus", "seed", Path.GetDirectoryName(CliRunner.SeedPath("x"))!, "--data", data);
        Assert.True(seeded.ExitCode == 0, seeded.Stderr);

        var output = Path.Combine(_folder, "report.pdf");
        var result = CliRunner.Run("", "report", "--localities", "东莞市,Suihua", "--lang", "zh", "--data", data, "--out", output);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("441900, 231200", result.Stdout, StringComparison.Ordinal);
        var text = Run("pdftotext", "-layout", output, "-");
        Assert.Contains("政策比较报告", text, StringComparison.Ordinal);
        Assert.Contains("东莞市", text, StringComparison.Ordinal);
        Assert.Contains("绥化市", text, StringComparison.Ordinal);
        Assert.Contains("六大产业集群", text, StringComparison.Ordinal);
        Assert.Matches(@"\b1 / \d+\b", text);
    }

    [Fact]
    public void Report_refuses_a_place_the_gazetteer_does_not_know()
    {
        var result = CliRunner.Run("", "report", "--localities", "Atlantis", "--data", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "x.pdf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'Atlantis' is not a place the gazetteer knows", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_on_an_empty_store_stops_naming_the_places_and_writes_no_file()
    {
        var output = Path.Combine(_folder, "r.pdf");

        var result = CliRunner.Run("", "report", "--localities", "东莞市,绥化市", "--data", Path.Combine(_folder, "empty"), "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no documents of 东莞市 (441900), 绥化市 (231200) in the store (the store holds no documents)", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Report_for_a_place_with_no_documents_names_it_and_what_is_stored()
    {
        var data = Path.Combine(_folder, "data");
        Assert.Equal(0, CliRunner.Run("", "corpus", "seed", Path.GetDirectoryName(CliRunner.SeedPath("x"))!, "--data", data).ExitCode);
        var output = Path.Combine(_folder, "lhasa.pdf");

        var result = CliRunner.Run("", "report", "--localities", "拉萨市", "--data", data, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no documents of 拉萨市 (540100) in the store (the store holds documents of ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("东莞市", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("绥化市", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Report_takes_only_exact_names_not_the_first_place_a_prefix_matches()
    {
        var result = CliRunner.Run("", "report", "--localities", "Dongg", "--data", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "x.pdf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'Dongg' is not a place the gazetteer knows", result.Stderr, StringComparison.Ordinal);
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

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
