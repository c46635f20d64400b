using Dashboard.Segmentation;

namespace Dashboard.Cli.Commands;

/// <summary>segment [--no-hmm] [--mode precise|all|search] [--dict PATH] [--user-dict PATH] [FILE]:
/// one output line per input line, tokens separated by " / ".</summary>
internal static class SegmentCommand
{
    public static int Run(IEnumerable<string> args, Stream stdin, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string> { "--mode", "--dict", "--user-dict" }, new HashSet<string> { "--no-hmm" });
        var mode = parsed.Value("--mode") ?? "precise";
        if (mode is not ("precise" or "all" or "search"))
        {
            throw new CliException($"--mode must be precise, all or search, not '{mode}'");
        }

        var text = TextInput.Read(parsed.Positional, stdin);
        var segmenter = SegmenterOptions.Load(parsed.Value("--dict"), parsed.Value("--user-dict"));
        var hmm = !parsed.Has("--no-hmm");
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var words = mode switch
            {
                "all" => segmenter.Cut(lines[i], cutAll: true, hmm),
                "search" => segmenter.CutForSearch(lines[i], hmm),
                _ => segmenter.Cut(lines[i], cutAll: false, hmm),
            };
            stdout.Write(string.Join(" / ", words));
            stdout.Write('\n');
        }

        return 0;
    }
}
