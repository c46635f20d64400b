using System.Text;

namespace Dashboard.Analysis.Places;

/// <summary>
/// Hanyu Pinyin of place names without tones. A name's reading comes from, in order: <see cref="PlaceNameReadings.Names"/>,
/// pinyin-data's word entry for the whole name, and character by character <see cref="PlaceNameReadings.Characters"/>
/// or pinyin-data's first reading. English forms keep ü (Lüliang) and mark syllable breaks before a, o, e (Xi'an, Lu'an);
/// search keys are ASCII, ü written v (lvliang).
/// </summary>
internal sealed class PlaceNameRomaniser(PinyinTable table)
{
    /// <summary>Toneless syllables, one per character; a character without any reading is kept as it is.</summary>
    public IReadOnlyList<string> Syllables(string name)
    {
        if (PlaceNameReadings.Names.TryGetValue(name, out var overridden))
        {
            return overridden.Split(' ');
        }

        if (table.WordReading(name) is { } word)
        {
            return [.. word.Select(ToneMarks.Strip)];
        }

        var syllables = new List<string>(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var character = rune.ToString();
            if (rune.IsBmp && PlaceNameReadings.Characters.TryGetValue((char)rune.Value, out var preferred))
            {
                syllables.Add(preferred);
                continue;
            }

            var readings = table.ReadingsOf(character);
            syllables.Add(readings.Count > 0 ? ToneMarks.Strip(readings[0]) : character);
        }

        return syllables;
    }

    /// <summary>"Dongguan", "Xi'an", "Lüliang": one capitalised word.</summary>
    public string English(string name)
    {
        var builder = new StringBuilder();
        foreach (var syllable in Syllables(name))
        {
            if (builder.Length > 0 && syllable.Length > 0 && syllable[0] is 'a' or 'o' or 'e')
            {
                builder.Append('\'');
            }

            builder.Append(syllable);
        }

        if (builder.Length > 0)
        {
            builder[0] = char.ToUpperInvariant(builder[0]);
        }

        return builder.ToString();
    }

    /// <summary>"dongguan", "lvliang": lowercase ASCII for search.</summary>
    public string SearchKey(string name) => string.Concat(Syllables(name)).Replace('ü', 'v');
}
