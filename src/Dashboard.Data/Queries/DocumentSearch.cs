namespace Dashboard.Data.Queries;

/// <summary>
/// One word of a document search: as typed, as normalised (traditional characters made simplified, as the stored
/// texts are), and the documents whose normalised text contains it.
/// </summary>
public sealed record SearchTerm(string Raw, string Normalised, IReadOnlySet<string> TextMatches)
{
    /// <summary>The words of a search box: split at spaces, at most eight, each at most 64 characters.</summary>
    public static IReadOnlyList<string> Split(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.Length > 64 ? t[..64] : t)
                .Distinct(StringComparer.Ordinal)
                .Take(8)];

    /// <summary>The term as pinyin is stored (lowercase ASCII letters, no spaces), to match "dongguan" or "Suihua".</summary>
    public static string Ascii(string term) => new([.. term.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}
