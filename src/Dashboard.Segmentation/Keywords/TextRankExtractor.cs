namespace Dashboard.Segmentation.Keywords;

/// <summary>
/// TextRank keywords as jieba.analyse.textrank: words with an allowed part of speech (ns, n, vn, v by default)
/// that co-occur within a window of five become an undirected weighted graph, ranked by ten rounds of PageRank
/// (damping 0.85) and scaled so the top word weighs 1.
/// </summary>
public sealed class TextRankExtractor(PosTagging.PosSegmenter posSegmenter, StopWords stopWords)
{
    private const double Damping = 0.85;
    private const int Span = 5;
    private static readonly string[] DefaultPos = ["ns", "n", "vn", "v"];

    public IReadOnlyList<Keyword> ExtractTagsWithWeight(string text, int count = 20, IReadOnlyCollection<string>? allowPos = null)
    {
        var allowed = new HashSet<string>(allowPos ?? DefaultPos, StringComparer.Ordinal);
        var words = posSegmenter.Cut(text).ToArray();
        var cooccurrence = new Dictionary<(string, string), int>();
        var pairOrder = new List<(string, string)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!Keep(words[i], allowed))
            {
                continue;
            }

            for (var j = i + 1; j < i + Span && j < words.Length; j++)
            {
                if (!Keep(words[j], allowed))
                {
                    continue;
                }

                var pair = (words[i].Word, words[j].Word);
                if (cooccurrence.TryGetValue(pair, out var n))
                {
                    cooccurrence[pair] = n + 1;
                }
                else
                {
                    cooccurrence[pair] = 1;
                    pairOrder.Add(pair);
                }
            }
        }

        var graph = new WordGraph();
        foreach (var pair in pairOrder)
        {
            graph.AddEdge(pair.Item1, pair.Item2, cooccurrence[pair]);
        }

        return KeywordRanking.Top(graph.Rank(Damping), count);
    }

    public IReadOnlyList<string> ExtractTags(string text, int count = 20, IReadOnlyCollection<string>? allowPos = null) =>
        [.. ExtractTagsWithWeight(text, count, allowPos).Select(k => k.Word)];

    private bool Keep(PosTagging.WordPos word, HashSet<string> allowed) =>
        allowed.Contains(word.Flag) &&
        PythonText.CodePointLength(PythonText.Strip(word.Word)) >= 2 &&
        !stopWords.Contains(word.Word.ToLowerInvariant());
}
