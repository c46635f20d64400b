using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Corpus;

/// <summary>A group of documents (a locality, a province, any set) and what they say, side by side with others.</summary>
public sealed record GroupAnalysis(
    string Key,
    string Name,
    string EnglishName,
    IReadOnlyList<string> DocumentIds,
    ThemeProfile Themes,
    InstrumentMix Instruments,
    ThemeInstrumentMatrix ThemeInstruments,
    IReadOnlyList<GroupPriority> Priorities,
    IReadOnlyList<ComparisonWarning> Warnings);

/// <summary>A priority of a group, with the document it came from.</summary>
public sealed record GroupPriority(string DocumentId, Priorities.Priority Priority);

/// <summary>How the groups differ: distinctive terms pairwise and each against the rest, similarity, warnings.</summary>
public sealed record CorpusComparison(
    ComparisonSettings Settings,
    IReadOnlyList<DistinctiveTerms> Pairwise,
    IReadOnlyList<DistinctiveTerms> OneAgainstRest,
    SimilarityMatrix Similarity,
    IReadOnlyList<ComparisonWarning> Warnings);

/// <summary>The analysis of a set of documents: each document, each group, and the comparison across groups.</summary>
public sealed record CorpusAnalysis(
    AnalysisVersions Versions,
    IReadOnlyList<DocumentAnalysis> Documents,
    IReadOnlyList<GroupAnalysis> Groups,
    CorpusComparison Comparison);
