namespace Dashboard.Normalisation.Tests;

/// <summary>Reads an entry straight from the OpenCC files, so that tests can state which table a case relies on.</summary>
internal static class OpenCcFiles
{
    public const string Phrases = "TSPhrases.txt";
    public const string Characters = "TSCharacters.txt";

    /// <summary>The first simplified candidate for <paramref name="traditional"/>, or null when the file has no entry.</summary>
    public static string? Lookup(string fileName, string traditional)
    {
        var prefix = traditional + "\t";
        var line = File.ReadLines(Path.Combine(TextNormaliser.DefaultOpenCcDirectory, fileName))
            .FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line?[prefix.Length..].Split(' ')[0];
    }
}
