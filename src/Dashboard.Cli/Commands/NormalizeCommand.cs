using Dashboard.Normalisation;

namespace Dashboard.Cli.Commands;

/// <summary>normalize [FILE]: the normalised text (clean simplified Chinese) of the input.</summary>
internal static class NormalizeCommand
{
    public static int Run(IEnumerable<string> args, Stream stdin, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string>(), new HashSet<string>());
        var text = TextInput.Read(parsed.Positional, stdin);
        var normalised = TextNormaliser.LoadDefault().Normalise(text);
        stdout.Write(normalised.Text);
        if (normalised.Text.Length > 0 && !normalised.Text.EndsWith('\n'))
        {
            stdout.Write('\n');
        }

        return 0;
    }
}
