namespace Dashboard.Segmentation.Keywords;

/// <summary>Words keyword extraction ignores: jieba.analyse's built-in English list, plus any files added.</summary>
public sealed class StopWords
{
    // KeywordExtractor.STOP_WORDS in jieba.analyse.
    private static readonly string[] Builtin =
    [
        "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as", "on", "with", "can",
        "if", "from", "which", "you", "it", "this", "then", "at", "have", "all", "not", "one", "has", "or",
    ];

    private readonly HashSet<string> _words = new(Builtin, StringComparer.Ordinal);

    public int Count => _words.Count;

    public bool Contains(string lowerCaseWord) => _words.Contains(lowerCaseWord);

    /// <summary>Adds every line of a UTF-8 file, unstripped, as jieba's set_stop_words does.</summary>
    public StopWords Add(string path)
    {
        var text = Dictionary.DictionaryFile.ReadText(path);
        foreach (var line in PythonLines.Split(text))
        {
            _words.Add(line);
        }

        return this;
    }

    public StopWords Add(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            _words.Add(word);
        }

        return this;
    }
}
