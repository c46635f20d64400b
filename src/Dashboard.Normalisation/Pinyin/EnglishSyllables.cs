using System.Text.Json;

namespace Dashboard.Normalisation;

/// <summary>Toneless syllables that are also English words (english-syllables.json, embedded): removed after a
/// character only when they are one of its readings.</summary>
internal static class EnglishSyllables
{
    private static readonly HashSet<string> Words = Load();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> syllable) => Lookup.Contains(syllable);

    private static HashSet<string> Load()
    {
        using var stream = typeof(EnglishSyllables).Assembly.GetManifestResourceStream("Dashboard.Normalisation.Pinyin.english-syllables.json")
            ?? throw new InvalidOperationException("english-syllables.json is not embedded in Dashboard.Normalisation.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("entries").EnumerateArray()
            .Select(entry => entry.GetProperty("syllable").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
