namespace Dashboard.Segmentation;

/// <summary>A word and where it stands in the input, in UTF-16 units (C# string indices; jieba's Python
/// tokenize counts code points, which differs only for characters outside the BMP).</summary>
public sealed record Token(string Word, int StartIndex, int EndIndex)
{
    public int Length => EndIndex - StartIndex;
}

/// <summary>How <see cref="JiebaSegmenter.Tokenize"/> cuts: the precise mode, or precise plus the dictionary
/// words of two and three characters inside longer ones (search mode).</summary>
public enum TokenizerMode
{
    Default,
    Search,
}
