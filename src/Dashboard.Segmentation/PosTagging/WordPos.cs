namespace Dashboard.Segmentation.PosTagging;

/// <summary>A word and its part-of-speech flag (jieba.posseg's pair; jieba.NET's Pair).</summary>
public sealed record WordPos(string Word, string Flag)
{
    public override string ToString() => $"{Word}/{Flag}";
}
