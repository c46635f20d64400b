using System.Text;

namespace Dashboard.Cli;

/// <summary>Reads a command's input text: a file named on the command line, or standard input; UTF-8 only.</summary>
internal static class TextInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(IReadOnlyList<string> positional, Stream stdin)
    {
        if (positional.Count > 1)
        {
            throw new CliException("give at most one input file (or none, to read standard input)");
        }

        byte[] bytes;
        string source;
        if (positional.Count == 1)
        {
            source = positional[0];
            if (Directory.Exists(source))
            {
                throw new CliException($"{source} is a directory, not a text file", 1);
            }

            if (!File.Exists(source))
            {
                throw new CliException($"{source}: no such file", 1);
            }

            bytes = File.ReadAllBytes(source);
        }
        else
        {
            source = "standard input";
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        return Decode(bytes, source);
    }

    public static string Decode(byte[] bytes, string source)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : "";
            throw new CliException($"{source} is not valid UTF-8{at}; convert it to UTF-8 first", 1);
        }
    }
}
