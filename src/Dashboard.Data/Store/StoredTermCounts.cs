using System.Globalization;
using System.Text;

namespace Dashboard.Data.Store;

/// <summary>A document's word counts as text: one "word count" line each, most frequent first.</summary>
public static class StoredTermCounts
{
    public static string Write(IReadOnlyDictionary<string, int> counts)
    {
        var text = new StringBuilder(counts.Count * 8);
        foreach (var (term, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            // Content words hold no white space, so a space separates the count safely.
            text.Append(term).Append(' ').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    public static Dictionary<string, int> Read(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.LastIndexOf(' ');
            counts[line[..space]] = int.Parse(line.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
