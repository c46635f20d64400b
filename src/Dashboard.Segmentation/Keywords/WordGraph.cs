namespace Dashboard.Segmentation.Keywords;

/// <summary>jieba.analyse's UndirectWeightedGraph: adjacency lists in insertion order, ranked in sorted key order,
/// so the floating-point sums happen in the same order as in Python.</summary>
internal sealed class WordGraph
{
    private readonly Dictionary<string, List<(string To, double Weight)>> _edges = new(StringComparer.Ordinal);
    private readonly List<string> _nodes = [];

    public void AddEdge(string start, string end, double weight)
    {
        Out(start).Add((end, weight));
        Out(end).Add((start, weight));
    }

    private List<(string To, double Weight)> Out(string node)
    {
        if (!_edges.TryGetValue(node, out var list))
        {
            list = [];
            _edges[node] = list;
            _nodes.Add(node);
        }

        return list;
    }

    public List<Keyword> Rank(double damping)
    {
        var ws = new Dictionary<string, double>(StringComparer.Ordinal);
        var outSum = new Dictionary<string, double>(StringComparer.Ordinal);
        var initial = 1.0 / (_nodes.Count == 0 ? 1.0 : _nodes.Count);
        foreach (var node in _nodes)
        {
            ws[node] = initial;
            var sum = 0.0;
            foreach (var edge in _edges[node])
            {
                sum += edge.Weight;
            }

            outSum[node] = sum;
        }

        var sortedKeys = _nodes.ToArray();
        Array.Sort(sortedKeys, CodePointComparer.Instance);
        for (var round = 0; round < 10; round++)
        {
            foreach (var node in sortedKeys)
            {
                var s = 0.0;
                foreach (var (to, weight) in _edges[node])
                {
                    s += weight / outSum[to] * ws[to];
                }

                ws[node] = (1 - damping) + (damping * s);
            }
        }

        var min = double.MaxValue;
        var max = 2.2250738585072014e-308; // sys.float_info.min, where jieba starts its search for the maximum
        foreach (var node in _nodes)
        {
            min = Math.Min(min, ws[node]);
            max = Math.Max(max, ws[node]);
        }

        var ranked = new List<Keyword>(_nodes.Count);
        foreach (var node in _nodes)
        {
            ranked.Add(new Keyword(node, (ws[node] - (min / 10.0)) / (max - (min / 10.0))));
        }

        return ranked;
    }
}

/// <summary>Orders strings by Unicode code point, as Python sorts str.</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var a = x.EnumerateRunes().GetEnumerator();
        var b = y.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasA = a.MoveNext();
            var hasB = b.MoveNext();
            if (!hasA || !hasB)
            {
                return hasA ? 1 : hasB ? -1 : 0;
            }

            var c = a.Current.Value.CompareTo(b.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }
}
