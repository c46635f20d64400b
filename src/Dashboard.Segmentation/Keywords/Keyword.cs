namespace Dashboard.Segmentation.Keywords;

/// <summary>A keyword and its weight (jieba.NET's WordWeightPair).</summary>
public sealed record Keyword(string Word, double Weight);
