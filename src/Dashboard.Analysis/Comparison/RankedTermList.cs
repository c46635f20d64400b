using System.Collections;

namespace Dashboard.Analysis.Comparison;

/// <summary>
/// The terms of a comparison in z order, built on access from the term order and the shared counts: one-against-rest
/// over hundreds of groups ranks the whole vocabulary each time, and holding every row as an object would take
/// gigabytes. Each access returns an equal record.
/// </summary>
internal sealed class RankedTermList(int[] order, TermScorer scorer) : IReadOnlyList<DistinctiveTerm>
{
    public int Count => order.Length;

    public DistinctiveTerm this[int index] => scorer.Score(order[index]);

    public IEnumerator<DistinctiveTerm> GetEnumerator()
    {
        foreach (var term in order)
        {
            yield return scorer.Score(term);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
