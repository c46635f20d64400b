namespace Dashboard.Analysis.Places;

/// <summary>
/// pinyin-data's 全拼数据.js: two JavaScript object literals of <c>"字":"pīn,yīn"</c> entries, one of single characters
/// with all their readings (the common one first), one of words whose characters are polyphonic, one reading each.
/// </summary>
internal sealed class PinyinTable
{
    public const string FileName = "全拼数据.js";

    private readonly Dictionary<string, string[]> _characters;
    private readonly Dictionary<string, string[]> _words;

    private PinyinTable(Dictionary<string, string[]> characters, Dictionary<string, string[]> words)
    {
        _characters = characters;
        _words = words;
    }

    public int CharacterCount => _characters.Count;

    public int WordCount => _words.Count;

    public static PinyinTable Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        LexiconFiles.EnsureExists(path, "pinyin-data", "pinyin");
        return Parse(File.ReadAllText(path));
    }

    public static PinyinTable Parse(string source)
    {
        var characters = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var i = 0;
        while (TryReadString(source, ref i, out var key))
        {
            var afterKey = i;
            if (afterKey >= source.Length || source[afterKey] != ':' || !TryReadString(source, ref i, out var value))
            {
                i = afterKey;
                continue;
            }

            var readings = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (readings.Length == 0)
            {
                continue;
            }

            if (IsOneCharacter(key))
            {
                characters[key] = readings;
            }
            else if (readings.Length == key.EnumerateRunes().Count())
            {
                // A few word entries run their syllables together ("zhòngxíng"); without a split they are no use.
                words[key] = readings;
            }
        }

        return new PinyinTable(characters, words);
    }

    /// <summary>All readings of one character, tone-marked, the most common first; empty when the table lacks it.</summary>
    public IReadOnlyList<string> ReadingsOf(string character) =>
        _characters.TryGetValue(character, out var readings) ? readings : [];

    /// <summary>The reading of each character of <paramref name="word"/> when the table lists the word; otherwise null.</summary>
    public IReadOnlyList<string>? WordReading(string word) => _words.TryGetValue(word, out var readings) ? readings : null;

    private static bool IsOneCharacter(string s) =>
        s.Length == 1 || (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]));

    /// <summary>Reads the next double-quoted string at or after <paramref name="i"/>, leaving <paramref name="i"/> after its closing quote.</summary>
    private static bool TryReadString(string source, ref int i, out string value)
    {
        var open = source.IndexOf('"', i);
        if (open < 0)
        {
            value = "";
            return false;
        }

        var close = source.IndexOf('"', open + 1);
        if (close < 0)
        {
            value = "";
            return false;
        }

        value = source[(open + 1)..close];
        i = close + 1;
        return true;
    }
}
