namespace Dashboard.Analysis.Corpus;

/// <summary>A word and how often it occurs.</summary>
public sealed record TermCount(string Term, int Count);
