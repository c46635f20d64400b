using System.Text;

namespace Dashboard.Analysis.Places;

/// <summary>The search behind <see cref="Gazetteer.Search"/>: each division's keys folded once, queries folded the same way.</summary>
public sealed class DivisionSearch
{
    private const int Exact = 0;
    private const int Prefix = 1;
    private const int Contains = 2;
    private const int NoMatch = 3;

    private readonly (Division Division, string[] Keys)[] _entries;

    public DivisionSearch(IReadOnlyList<Division> divisions)
    {
        _entries = [.. divisions.Select(d => (d, KeysOf(d)))];
    }

    /// <param name="exactOnly">Only divisions one of whose names (Chinese, short, pinyin, English) is the query.</param>
    public IReadOnlyList<Division> Search(string query, int limit, bool exactOnly = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var folded = Fold(query);
        if (folded.Length == 0 || limit == 0)
        {
            return [];
        }

        return [.. _entries
            .Select(e => (e.Division, Rank: Rank(e.Keys, folded)))
            .Where(r => r.Rank != NoMatch && (!exactOnly || r.Rank == Exact))
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Division.Level)
            .ThenBy(r => r.Division.Code, StringComparer.Ordinal)
            .Take(limit)
            .Select(r => r.Division)];
    }

    /// <summary>Lowercase, without spaces, apostrophes or hyphens, ü as v: "Xi'an" → "xian", "Lüliang" → "lvliang".</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || c is '\'' or '’' or '-' or '·')
            {
                continue;
            }

            builder.Append(c is 'ü' or 'Ü' ? 'v' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string[] KeysOf(Division division)
    {
        var keys = new List<string> { division.Name, division.ShortName, division.Pinyin, Fold(division.EnglishName) };
        if (division.Pinyin.Contains('v', StringComparison.Ordinal))
        {
            keys.Add(division.Pinyin.Replace('v', 'u'));
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    private static int Rank(string[] keys, string query)
    {
        var best = NoMatch;
        foreach (var key in keys)
        {
            var rank = key.Equals(query, StringComparison.Ordinal) ? Exact
                : key.StartsWith(query, StringComparison.Ordinal) ? Prefix
                : key.Contains(query, StringComparison.Ordinal) ? Contains
                : NoMatch;
            best = Math.Min(best, rank);
        }

        return best;
    }
}
