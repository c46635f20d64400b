namespace Dashboard.Analysis.Comparison;

/// <summary>A group's counts and document frequencies by term index of a <see cref="PooledCorpus"/>, sorted by index.</summary>
internal sealed class GroupVector
{
    private GroupVector(int[] terms, int[] counts, int[] documentFrequency)
    {
        Terms = terms;
        Counts = counts;
        DocumentFrequency = documentFrequency;
    }

    public int[] Terms { get; }

    public int[] Counts { get; }

    public int[] DocumentFrequency { get; }

    public static GroupVector Of(TermGroup group, IReadOnlyDictionary<string, int> termIndex)
    {
        var terms = new int[group.Counts.Count];
        var counts = new int[terms.Length];
        var i = 0;
        foreach (var (term, count) in group.Counts)
        {
            terms[i] = termIndex[term];
            counts[i] = count;
            i++;
        }

        Array.Sort(terms, counts);
        var documentFrequency = new int[terms.Length];
        foreach (var (term, frequency) in group.DocumentFrequency)
        {
            documentFrequency[Array.BinarySearch(terms, termIndex[term])] = frequency;
        }

        return new GroupVector(terms, counts, documentFrequency);
    }

    public int CountOf(int term) => Array.BinarySearch(Terms, term) is >= 0 and var at ? Counts[at] : 0;

    public int DocumentFrequencyOf(int term) => Array.BinarySearch(Terms, term) is >= 0 and var at ? DocumentFrequency[at] : 0;
}
