using System.Runtime.InteropServices;

namespace Dashboard.Analysis.Comparison;

/// <summary>
/// A named group of documents (one locality, or several such as a province) as term counts: the input of every
/// comparison. <see cref="Counts"/> maps each term to its occurrences in the group and
/// <see cref="DocumentFrequency"/> to the number of the group's documents holding it; terms with no occurrences
/// are not listed. <see cref="TokenCount"/> is the number of counted tokens, at least the sum of the counts.
/// </summary>
public sealed class TermGroup
{
    private TermGroup(string name, int documentCount, long tokenCount, Dictionary<string, int> counts, Dictionary<string, int> documentFrequency)
    {
        Name = name;
        DocumentCount = documentCount;
        TokenCount = tokenCount;
        Counts = counts;
        DocumentFrequency = documentFrequency;
    }

    public string Name { get; }

    public int DocumentCount { get; }

    public long TokenCount { get; }

    public IReadOnlyDictionary<string, int> Counts { get; }

    public IReadOnlyDictionary<string, int> DocumentFrequency { get; }

    /// <summary>A group from totals already summed; the tables are copied and checked for consistency.</summary>
    public static TermGroup Create(
        string name,
        int documentCount,
        long tokenCount,
        IReadOnlyDictionary<string, int> counts,
        IReadOnlyDictionary<string, int> documentFrequency)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(documentFrequency);
        ArgumentOutOfRangeException.ThrowIfNegative(documentCount);
        ArgumentOutOfRangeException.ThrowIfNegative(tokenCount);

        var ownCounts = new Dictionary<string, int>(counts.Count, StringComparer.Ordinal);
        long total = 0;
        foreach (var (term, count) in counts)
        {
            if (count < 0)
            {
                throw new ArgumentException($"group '{name}': term '{term}' has a negative count ({count}).", nameof(counts));
            }

            if (count > 0)
            {
                ownCounts.Add(term, count);
                total += count;
            }
        }

        if (total > tokenCount)
        {
            throw new ArgumentException($"group '{name}': the term counts sum to {total}, more than its {tokenCount} tokens.", nameof(tokenCount));
        }

        if (documentCount == 0 && tokenCount > 0)
        {
            throw new ArgumentException($"group '{name}' has tokens but no documents.", nameof(documentCount));
        }

        var ownFrequency = new Dictionary<string, int>(ownCounts.Count, StringComparer.Ordinal);
        foreach (var (term, frequency) in documentFrequency)
        {
            var count = ownCounts.GetValueOrDefault(term);
            if (frequency < 0 || frequency > documentCount || frequency > count)
            {
                throw new ArgumentException(
                    $"group '{name}': term '{term}' is said to be in {frequency} documents, but the group has {documentCount} documents and the term {count} occurrences.",
                    nameof(documentFrequency));
            }

            if (frequency > 0)
            {
                ownFrequency.Add(term, frequency);
            }
        }

        foreach (var term in ownCounts.Keys)
        {
            if (!ownFrequency.ContainsKey(term))
            {
                throw new ArgumentException($"group '{name}': term '{term}' occurs but is in no document.", nameof(documentFrequency));
            }
        }

        return new TermGroup(name, documentCount, tokenCount, ownCounts, ownFrequency);
    }

    /// <summary>A group that sums its documents' count tables; a document listed twice is refused.</summary>
    public static TermGroup FromDocuments(string name, IEnumerable<DocumentTerms> documents)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(documents);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long tokenCount = 0;
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            if (!seen.Add(document.DocumentId))
            {
                throw new ArgumentException($"group '{name}': document '{document.DocumentId}' is listed twice.", nameof(documents));
            }

            long documentTotal = 0;
            foreach (var (term, count) in document.Counts)
            {
                if (count < 0)
                {
                    throw new ArgumentException($"document '{document.DocumentId}': term '{term}' has a negative count ({count}).", nameof(documents));
                }

                if (count == 0)
                {
                    continue;
                }

                documentTotal += count;
                ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _);
                total = checked(total + count);
                CollectionsMarshal.GetValueRefOrAddDefault(documentFrequency, term, out _)++;
            }

            if (document.TokenCount < documentTotal)
            {
                throw new ArgumentException(
                    $"document '{document.DocumentId}': the term counts sum to {documentTotal}, more than its {document.TokenCount} tokens.",
                    nameof(documents));
            }

            tokenCount += document.TokenCount;
        }

        return new TermGroup(name, seen.Count, tokenCount, counts, documentFrequency);
    }
}
