namespace Dashboard.Normalisation;

/// <summary>The pinyin vowels with tone marks, and ü.</summary>
internal static class ToneMarkedVowels
{
    // Each line: the base vowel (v stands for ü), then its four tones.
    private static readonly string[] Table =
    [
        "aāáǎà",
        "eēéěè",
        "iīíǐì",
        "oōóǒò",
        "uūúǔù",
        "vǖǘǚǜ",
    ];

    /// <summary>The vowel without its tone (ü becomes v), or '\0' when <paramref name="c"/> is not a pinyin vowel with a mark.</summary>
    public static char BaseOf(char c)
    {
        if (c == 'ü')
        {
            return 'v';
        }

        foreach (var row in Table)
        {
            if (row.AsSpan(1).Contains(c))
            {
                return row[0];
            }
        }

        return '\0';
    }

    public static bool HasTone(char c) => c != 'ü' && BaseOf(c) != '\0';
}
