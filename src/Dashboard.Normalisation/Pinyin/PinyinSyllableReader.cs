namespace Dashboard.Normalisation;

/// <summary>
/// Recognises one pinyin syllable as annotations write it: with a tone mark (xué, lǜ), with a tone number (xue2, lv4)
/// or without a tone (de, lü). Upper case is never pinyin here, so that (AI) or (UN) stay.
/// </summary>
internal static class PinyinSyllableReader
{
    /// <summary>zhuang plus a tone number or a combining tone mark; anything longer is not one syllable.</summary>
    public const int MaxLength = 7;

    public static bool IsSyllable(ReadOnlySpan<char> text) => IsSyllable(text, out _, out _);

    /// <summary>Whether <paramref name="text"/> is one syllable; if so, its letters without tone (ü written v, u after
    /// j, q, x, y) and whether it carried a tone mark or number.</summary>
    public static bool IsSyllable(ReadOnlySpan<char> text, out string letters, out bool toned)
    {
        letters = "";
        toned = false;
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        Span<char> toneless = stackalloc char[MaxLength];
        var length = 0;
        var tones = 0;
        foreach (var c in text)
        {
            if (length > 0 && toneless[length - 1] is >= '1' and <= '5')
            {
                return false; // the tone number comes last
            }

            switch (c)
            {
                case >= 'a' and <= 'z':
                    toneless[length++] = c;
                    break;
                case >= '1' and <= '5' when length > 0:
                    toneless[length++] = c;
                    tones++;
                    break;
                case '\u0300' or '\u0301' or '\u0304' or '\u030C' when length > 0:
                    tones++; // a combining tone mark, as in decomposed text
                    break;
                case '\u0308' when length > 0 && toneless[length - 1] == 'u':
                    toneless[length - 1] = 'v'; // u + combining diaeresis
                    break;
                default:
                    var vowel = ToneMarkedVowels.BaseOf(c);
                    if (vowel == '\0')
                    {
                        return false;
                    }

                    toneless[length++] = vowel;
                    if (ToneMarkedVowels.HasTone(c))
                    {
                        tones++;
                    }

                    break;
            }
        }

        if (tones > 1)
        {
            return false;
        }

        var bare = toneless[..length].TrimEnd("12345");
        // j, q, x and y take ü, written u; accept it written ü or v too.
        if (bare.Length > 1 && bare[0] is 'j' or 'q' or 'x' or 'y' && bare[1] == 'v')
        {
            bare[1] = 'u';
        }

        if (!PinyinSyllables.Contains(bare))
        {
            return false;
        }

        letters = bare.ToString();
        toned = tones > 0;
        return true;
    }
}
