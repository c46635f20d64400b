using System.Globalization;

namespace Dashboard.Benchmarks.Comparison;

/// <summary>Python jieba (Debian's python3-jieba) through scripts/python_jieba_bench.py.</summary>
internal static class PythonJiebaRun
{
    public const string Python = "/usr/bin/python3";

    private const string JiebaPackage = "/usr/lib/python3/dist-packages/jieba/__init__.py";

    /// <summary>The result, or null with <paramref name="missing"/> saying why.</summary>
    public static ExternalResult? Measure(string dictionary, string inputPath, int runs, int firstLines, string workDirectory, out string missing)
    {
        missing = "";
        if (!File.Exists(Python) || !File.Exists(JiebaPackage))
        {
            missing = $"Python jieba not found ({Python} with {JiebaPackage}); install python3-jieba. Skipping Python.";
            return null;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "scripts", "python_jieba_bench.py");
        var tokensPath = Path.Combine(workDirectory, "python-tokens.json");
        var result = ExternalProcess.Run(Python,
        [
            script, "--dict", dictionary, "--input", inputPath, "--runs", runs.ToString(CultureInfo.InvariantCulture),
            "--first-lines", firstLines.ToString(CultureInfo.InvariantCulture), "--tokens-out", tokensPath,
        ]);
        if (result.ExitCode != 0 || result.LastJsonLine.Length == 0)
        {
            missing = $"Python jieba run failed (exit {result.ExitCode}): {result.ErrorTail}. Skipping Python.";
            return null;
        }

        return ExternalResult.Parse(result.LastJsonLine, "loadWarmMs", tokensPath);
    }
}
