using System.Diagnostics;

namespace Dashboard.Cli.Tests;

/// <summary>src/Lexicon/fetch-lexicon.sh: what a user sees when the data cannot be fetched or is not what was pinned.</summary>
public class LexiconFetchTests
{
    private static (int ExitCode, string Stderr) Fetch(string lexiconDirectory, string lockFile, string path)
    {
        var info = new ProcessStartInfo("/bin/bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(Root, "src", "Lexicon", "fetch-lexicon.sh"));
        info.Environment["LEXICON_DIR"] = lexiconDirectory;
        info.Environment["LEXICON_LOCK"] = lockFile;
        info.Environment["PATH"] = path;
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr);
    }

    /// <summary>A PATH with the few tools the script uses, and neither npm nor node.</summary>
    private static string ToolsWithoutNpm(string directory)
    {
        var bin = Directory.CreateDirectory(Path.Combine(directory, "bin")).FullName;
        foreach (var tool in new[] { "dirname", "mkdir", "flock", "cat", "rm", "mktemp", "tail", "tar", "cp", "mv" })
        {
            var target = new[] { "/usr/bin", "/bin" }.Select(d => Path.Combine(d, tool)).First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(bin, tool), target);
        }

        return bin;
    }

    private static string Root => Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.SeedPath("x"))!)!;

    [Fact]
    public void Without_npm_the_fetch_stops_and_says_what_to_install()
    {
        var dir = Directory.CreateTempSubdirectory("lexicon-test").FullName;
        try
        {
            var (exit, stderr) = Fetch(Path.Combine(dir, "out"), Path.Combine(Root, "src", "Lexicon", "lexicon.lock"), ToolsWithoutNpm(dir));
            Assert.NotEqual(0, exit);
            Assert.Contains("npm is not installed", stderr);
            Assert.Contains("apt-get install", stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_tarball_that_does_not_match_its_pinned_integrity_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("lexicon-test").FullName;
        try
        {
            var lockFile = Path.Combine(dir, "test.lock");
            File.WriteAllText(lockFile, "opencc 1.4.2 sha512-AAAAnotTheRealHashAAAA== opencc package/data/dictionary/TSCharacters.txt\n");
            var (exit, stderr) = Fetch(Path.Combine(dir, "out"), lockFile, Environment.GetEnvironmentVariable("PATH")!);
            Assert.NotEqual(0, exit);
            Assert.Contains("integrity check failed for opencc@1.4.2", stderr);
            Assert.False(File.Exists(Path.Combine(dir, "out", "opencc", "TSCharacters.txt")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_fetched_package_is_reused_without_the_network()
    {
        // The build has fetched the real lock: running again with no npm on the PATH must succeed at once.
        var dir = Directory.CreateTempSubdirectory("lexicon-test").FullName;
        try
        {
            var (exit, stderr) = Fetch(Path.Combine(Root, ".lexicon"), Path.Combine(Root, "src", "Lexicon", "lexicon.lock"), ToolsWithoutNpm(dir));
            Assert.True(exit == 0, stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
