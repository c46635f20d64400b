using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Segmentation.Dictionary;

namespace Dashboard.Segmentation;

/// <summary>User dictionaries and word edits, as jieba's load_userdict, add_word, del_word and suggest_freq.</summary>
public sealed partial class JiebaSegmenter
{
    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UserDictLine();

    /// <summary>Loads a user dictionary: one "word [count] [tag]" per line, UTF-8. A word without a count gets
    /// the count that keeps it whole.</summary>
    public void LoadUserDict(string path)
    {
        var text = DictionaryFile.ReadText(path);
        foreach (var range in DictionaryFile.Lines(text))
        {
            var line = PythonText.Strip(text.AsSpan(range)).ToString().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            AddUserDictLine(line);
        }
    }

    /// <summary>Adds the entries of a user dictionary given as lines, for dictionaries built in memory.</summary>
    public void LoadUserDict(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = PythonText.Strip(raw).ToString().TrimStart('\uFEFF');
            if (line.Length > 0)
            {
                AddUserDictLine(line);
            }
        }
    }

    private void AddUserDictLine(string line)
    {
        var match = UserDictLine().Match(line);
        var word = match.Groups[1].Value;
        int? freq = match.Groups[2].Success ? int.Parse(match.Groups[2].Value.Trim(), CultureInfo.InvariantCulture) : null;
        var tag = match.Groups[3].Success ? match.Groups[3].Value.Trim() : null;
        AddWord(word, freq, tag);
    }

    /// <summary>Adds a word, or changes its count and tag. Without a count, the word gets the smallest count
    /// that makes the segmenter keep it whole (<see cref="SuggestFrequency(string)"/>). A count of 0 deletes it.</summary>
    public void AddWord(string word, int? freq = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var count = freq ?? SuggestFrequency(word);
        var node = _dictionary.Set(word, count);
        if (!string.IsNullOrEmpty(tag))
        {
            _dictionary.SetTag(node, tag);
        }

        if (count == 0)
        {
            _forceSplit.Add(word);
        }
    }

    /// <summary>Deletes a word: it keeps its place as a prefix but is never cut out again.</summary>
    public void DeleteWord(string word) => AddWord(word, 0);

    /// <summary>The count that makes <paramref name="word"/> come out whole: jieba's suggest_freq(word).</summary>
    public int SuggestFrequency(string word)
    {
        var total = (double)_dictionary.Total;
        var freq = 1.0;
        foreach (var piece in Cut(word, hmm: false))
        {
            freq *= (_dictionary.Get(piece) ?? 1) / total;
        }

        return Math.Max((int)(freq * _dictionary.Total) + 1, _dictionary.Get(word) ?? 1);
    }

    /// <summary>The count that makes <paramref name="pieces"/> come out separately: suggest_freq with a tuple.</summary>
    public int SuggestFrequency(IReadOnlyList<string> pieces)
    {
        var total = (double)_dictionary.Total;
        var freq = 1.0;
        foreach (var piece in pieces)
        {
            freq *= (_dictionary.Get(piece) ?? 1) / total;
        }

        return Math.Min((int)(freq * _dictionary.Total), _dictionary.Get(string.Concat(pieces)) ?? 0);
    }
}
