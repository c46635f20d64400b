namespace Dashboard.Segmentation.Keywords;

/// <summary>
/// TF-IDF keywords as jieba.analyse.extract_tags: words of two or more characters that are not stop words,
/// weighted by count × IDF / total count, highest first, ties in order of first appearance.
/// </summary>
public sealed class TfidfExtractor(JiebaSegmenter segmenter, IdfTable idf, StopWords stopWords)
{
    public IdfTable Idf { get; } = idf;

    public static TfidfExtractor CreateDefault(JiebaSegmenter segmenter) =>
        new(segmenter, IdfTable.Load(segmenter.Paths.Idf), new StopWords());

    public IReadOnlyList<Keyword> ExtractTagsWithWeight(string text, int count = 20) =>
        ExtractTagsWithWeight(segmenter.Cut(text), count);

    /// <summary>Keywords of words already cut in precise mode (the same result as cutting the text here).</summary>
    public IReadOnlyList<Keyword> ExtractTagsWithWeight(IEnumerable<string> words, int count)
    {
        var freq = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var word in words)
        {
            if (PythonText.CodePointLength(PythonText.Strip(word)) < 2 || stopWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            if (freq.TryGetValue(word, out var n))
            {
                freq[word] = n + 1.0;
            }
            else
            {
                freq[word] = 1.0;
                order.Add(word);
            }
        }

        var total = 0.0;
        foreach (var word in order)
        {
            total += freq[word];
        }

        var weighted = new List<Keyword>(order.Count);
        foreach (var word in order)
        {
            weighted.Add(new Keyword(word, freq[word] * (Idf[word] / total)));
        }

        return KeywordRanking.Top(weighted, count);
    }

    public IReadOnlyList<string> ExtractTags(string text, int count = 20) =>
        [.. ExtractTagsWithWeight(text, count).Select(k => k.Word)];
}
