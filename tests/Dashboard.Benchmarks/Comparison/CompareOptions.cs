using System.Globalization;

namespace Dashboard.Benchmarks.Comparison;

/// <summary><c>compare [--repeat N] [--runs R] [--python-runs P] [--first-lines L]</c>.</summary>
internal sealed record CompareOptions(int? Repeat, int Runs, int PythonRuns, int FirstLines)
{
    public const string Usage =
        "compare [--repeat N] [--runs R] [--python-runs P] [--first-lines L]\n" +
        "  --repeat N       copies of weicheng.utf8 in the input (default: about 10 MB)\n" +
        "  --runs R         timed runs for ours and @node-rs/jieba; medians reported (default 3)\n" +
        "  --python-runs P  timed runs for Python jieba, which is slow (default 1)\n" +
        "  --first-lines L  lines whose tokens must be identical across the three (default 2000)";

    public static CompareOptions Parse(string[] args)
    {
        var options = new CompareOptions(null, 3, 1, 2000);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : throw new ArgumentException(Usage);
            options = args[i] switch
            {
                "--repeat" => options with { Repeat = value },
                "--runs" => options with { Runs = value },
                "--python-runs" => options with { PythonRuns = value },
                "--first-lines" => options with { FirstLines = value },
                _ => throw new ArgumentException(Usage),
            };
            i++;
        }

        return options.Runs < 1 || options.PythonRuns < 1 || options.Repeat < 1 ? throw new ArgumentException(Usage) : options;
    }
}
