using System.Diagnostics;
using System.Text;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("import-test").FullName;

    static ImportCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private string Data => Path.Combine(_root, "data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_folder_of_good_and_bad_files_imports_the_good_ones_and_lists_the_bad_ones()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        File.Copy(CliRunner.SeedPath("002_f6af64227d9b497f.txt"), Path.Combine(folder, "suihua.txt"));
        File.WriteAllBytes(Path.Combine(folder, "gbk.txt"), Encoding.GetEncoding("gb18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes("5月3日，东莞市委召开会议，部署未来产业和工改工工作。"));
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "  \n");
        File.WriteAllText(Path.Combine(folder, "english.txt"), "No Chinese in this file at all.");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "# 笔记");
        File.Copy(CliRunner.SeedPath("002_f6af64227d9b497f.txt"), Path.Combine(folder, "suihua-again.txt"));

        var result = CliRunner.Run("", "import", folder, "--data", Data);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2 imported, 2 skipped, 2 failed", result.Stdout);
        Assert.Contains("empty.txt is empty", result.Stdout);
        Assert.Contains("english.txt contains no Chinese", result.Stdout);
        Assert.Contains("unsupported file type (.md)", result.Stdout);
        Assert.Contains("already stored as “绥化市新质生产力发展大会召开”", result.Stdout);
        Assert.Contains("import: 5/5 files", result.Stderr);
    }

    [Fact]
    public void A_locality_detected_with_low_confidence_is_stored_as_a_suggestion_and_the_import_asks_for_confirmation()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "weak")).FullName;
        File.WriteAllText(Path.Combine(folder, "weak.txt"), "会议在东莞召开，强调加快发展人工智能产业，推动制造业转型升级。");
        File.Copy(CliRunner.SeedPath("002_f6af64227d9b497f.txt"), Path.Combine(folder, "suihua.txt"));

        var result = CliRunner.Run("", "import", folder, "--data", Data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("locality 东莞市 (Dongguan) suggested", result.Stdout);
        Assert.Contains("please confirm it on the document page", result.Stdout);
        Assert.Single(result.Stdout.Split('\n'), line => line.Contains("suggested", StringComparison.Ordinal));
        using var db = DashboardDbContextFactory.Create(new StoreOptions { DataDirectory = Data });
        var weak = db.Documents.Single(d => d.OriginalFileName == "weak.txt");
        Assert.Equal(("441900", true), (weak.LocalityCode, weak.LocalitySuggested));
        Assert.False(db.Documents.Single(d => d.OriginalFileName == "suihua.txt").LocalitySuggested);
    }

    [Fact]
    public void A_UTF8_file_with_stray_bytes_is_imported_and_the_lines_to_check_are_named()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "stray")).FullName;
        var bytes = File.ReadAllBytes(CliRunner.SeedPath("002_f6af64227d9b497f.txt")).ToList();
        bytes.Insert(bytes.IndexOf((byte)'\n') + 1, 0xFF);
        File.WriteAllBytes(Path.Combine(folder, "suihua-scraped.txt"), [.. bytes]);

        var result = CliRunner.Run("", "import", folder, "--data", Data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 invalid byte replaced with \uFFFD (line 2): check those lines on the document page", result.Stdout);
        Assert.Contains("1 imported, 0 skipped, 0 failed", result.Stdout);
    }

    [Fact]
    public void An_import_killed_midway_leaves_every_stored_document_whole_and_can_be_run_again()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "many")).FullName;
        var seed = File.ReadAllText(CliRunner.SeedPath("000_7fb5d263923113ca.txt"));
        const int count = 120;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"doc{i:D3}.txt"), $"第{i}号。" + seed);
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dashboard.dll"), "import", folder, "--data", Data })
        {
            info.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(info)!)
        {
            // Kill it as soon as it reports progress past the first tenth: some documents are saved, most are not.
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null && !line.Contains("files (1", StringComparison.Ordinal))
            {
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var options = new StoreOptions { DataDirectory = Data };
        using (var db = DashboardDbContextFactory.Create(options))
        {
            var documents = db.Documents.Count();
            Assert.InRange(documents, 1, count - 1);
            Assert.Equal(documents, db.Analyses.Count());
            Assert.Equal(0, db.Documents.Count(d => !d.Analyses.Any()));
            Assert.Equal(documents, db.ThemeCounts.Select(t => t.AnalysisId).Distinct().Count());
        }

        var again = CliRunner.Run("", "import", folder, "--data", Data);
        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"(\d+) imported, (\d+) skipped, 0 failed", again.Stdout);
        using (var db = DashboardDbContextFactory.Create(options))
        {
            Assert.Equal(count, db.Documents.Count());
        }
    }
}
