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
