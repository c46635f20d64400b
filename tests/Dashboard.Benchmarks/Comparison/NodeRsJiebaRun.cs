using System.Globalization;

namespace Dashboard.Benchmarks.Comparison;

/// <summary>
/// @node-rs/jieba (jieba-rs through N-API) through node/bench.mjs. The package, pinned in node/package.json, is
/// installed into node/node_modules (git-ignored) the first time.
/// </summary>
internal static class NodeRsJiebaRun
{
    public static ExternalResult? Measure(string dictionary, string inputPath, int runs, int firstLines, string workDirectory, Action<string> log, out string missing)
    {
        missing = "";
        var node = ExternalProcess.Find("node");
        if (node is null)
        {
            missing = "node not found on PATH. Skipping @node-rs/jieba.";
            return null;
        }

        var directory = Path.Combine(BenchmarkInput.ProjectDirectory, "node");
        if (!File.Exists(Path.Combine(directory, "node_modules", "@node-rs", "jieba", "package.json")))
        {
            var npm = ExternalProcess.Find("npm");
            if (npm is null)
            {
                missing = "@node-rs/jieba is not installed and npm is not on PATH. Skipping @node-rs/jieba.";
                return null;
            }

            log($"node-rs: npm install in {directory}");
            var install = ExternalProcess.Run(npm, ["install", "--no-audit", "--no-fund"], directory);
            if (install.ExitCode != 0)
            {
                missing = $"npm install failed (exit {install.ExitCode}): {install.ErrorTail}. Skipping @node-rs/jieba.";
                return null;
            }
        }

        var tokensPath = Path.Combine(workDirectory, "node-rs-tokens.json");
        var result = ExternalProcess.Run(node,
        [
            Path.Combine(directory, "bench.mjs"), "--dict", dictionary, "--input", inputPath,
            "--runs", runs.ToString(CultureInfo.InvariantCulture),
            "--first-lines", firstLines.ToString(CultureInfo.InvariantCulture), "--tokens-out", tokensPath,
        ], directory);
        if (result.ExitCode != 0 || result.LastJsonLine.Length == 0)
        {
            missing = $"@node-rs/jieba run failed (exit {result.ExitCode}): {result.ErrorTail}. Skipping @node-rs/jieba.";
            return null;
        }

        return ExternalResult.Parse(result.LastJsonLine, "loadRepeatMs", tokensPath);
    }
}
