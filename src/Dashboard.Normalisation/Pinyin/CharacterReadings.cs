namespace Dashboard.Normalisation;

/// <summary>
/// Every reading of each character, without tones (ü written v), from pinyin-data's 全拼数据.js (fetched with the
/// lexicon, under lexicon/pinyin): its first object literal holds <c>"字":"pīn,yīn"</c> for single characters.
/// </summary>
internal sealed class CharacterReadings
{
    public const string FileName = "全拼数据.js";

    private readonly Dictionary<int, string[]> _readings;

    private CharacterReadings(Dictionary<int, string[]> readings) => _readings = readings;

    public int Count => _readings.Count;

    /// <summary>The table in <paramref name="directory"/>, or null when it is not there.</summary>
    public static CharacterReadings? TryLoad(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
    }

    public static CharacterReadings Parse(string source)
    {
        var readings = new Dictionary<int, string[]>();
        var i = 0;
        while ((i = source.IndexOf('"', i)) >= 0)
        {
            var keyEnd = source.IndexOf('"', i + 1);
            if (keyEnd < 0)
            {
                break;
            }

            var key = source.AsSpan(i + 1, keyEnd - i - 1);
            i = keyEnd + 1;
            if (i + 1 >= source.Length || source[i] != ':' || source[i + 1] != '"')
            {
                continue;
            }

            var valueEnd = source.IndexOf('"', i + 2);
            if (valueEnd < 0)
            {
                break;
            }

            var value = source.AsSpan(i + 2, valueEnd - i - 2);
            i = valueEnd + 1;
            if (key.Length is 1 or 2 && char.ConvertToUtf32(key.ToString(), 0) is var codePoint && char.ConvertFromUtf32(codePoint).Length == key.Length)
            {
                readings.TryAdd(codePoint, [.. value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Toneless).Distinct()]);
            }
        }

        return new CharacterReadings(readings);
    }

    /// <summary>Whether <paramref name="syllable"/> (toneless) is a reading of the character <paramref name="codePoint"/>.</summary>
    public bool IsReading(int codePoint, ReadOnlySpan<char> syllable)
    {
        if (!_readings.TryGetValue(codePoint, out var readings))
        {
            return false;
        }

        foreach (var reading in readings)
        {
            if (syllable.SequenceEqual(reading))
            {
                return true;
            }
        }

        return false;
    }

    private static string Toneless(string reading) =>
        string.Concat(reading.Select(c => ToneMarkedVowels.BaseOf(c) is var vowel && vowel != '\0' ? vowel : c));
}
