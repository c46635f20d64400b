namespace Dashboard.Segmentation;

/// <summary>Where the jieba data lives. The build copies it under lexicon/jieba beside the program.</summary>
public sealed record LexiconPaths(string Directory)
{
    public static LexiconPaths Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "lexicon", "jieba"));

    public string MainDictionary => Path.Combine(Directory, "jieba.dict.utf8");

    public string HmmModel => Path.Combine(Directory, "hmm_model.utf8");

    public string Idf => Path.Combine(Directory, "idf.utf8");

    public string StopWords => Path.Combine(Directory, "stop_words.utf8");

    public string PosDirectory => Path.Combine(Directory, "pos_dict");

    /// <summary>The npm package and version the data came from, as the fetch step recorded it.</summary>
    public string Version
    {
        get
        {
            var stamp = Path.Combine(Directory, ".fetched");
            return File.Exists(stamp) ? File.ReadAllText(stamp).Split(' ')[0].Trim() : "unknown";
        }
    }
}
