using System.Collections.Concurrent;

namespace Dashboard.Data.Queries;

/// <summary>
/// Content words as small integers, for the whole process: the comparison keeps each document's word counts as two
/// int arrays and sums groups of thousands of documents into arrays, not dictionaries keyed by string.
/// </summary>
internal static class TermIndex
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly List<string> Words = [];
    private static readonly Lock Adding = new();

    /// <summary>How many words have an id: the length of a group's count arrays.</summary>
    public static int Count
    {
        get
        {
            lock (Adding)
            {
                return Words.Count;
            }
        }
    }

    public static int Id(string word)
    {
        if (Ids.TryGetValue(word, out var id))
        {
            return id;
        }

        lock (Adding)
        {
            if (!Ids.TryGetValue(word, out id))
            {
                id = Words.Count;
                Words.Add(word);
                Ids[word] = id;
            }

            return id;
        }
    }

    public static string Word(int id)
    {
        lock (Adding)
        {
            return Words[id];
        }
    }

    /// <summary>Every word by id, for turning summed arrays back into words in one pass.</summary>
    public static string[] Snapshot()
    {
        lock (Adding)
        {
            return [.. Words];
        }
    }
}
