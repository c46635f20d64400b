using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Corpus;

/// <summary>Groups analysed documents and compares the groups.</summary>
public sealed class CorpusAnalyzer(AnalysisResources resources)
{
    public CorpusAnalysis Analyze(
        IReadOnlyList<DocumentAnalysis> documents,
        Func<DocumentAnalysis, GroupKey>? grouping = null,
        ComparisonSettings? settings = null)
    {
        settings ??= ComparisonSettings.Default;
        grouping ??= Grouping.ByLocality;
        var groups = documents
            .GroupBy(grouping)
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => BuildGroup(g.Key, [.. g], settings))
            .ToList();

        var termGroups = documents
            .GroupBy(grouping)
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => TermGroup.FromDocuments(g.Key.Name, g.Select(d => new DocumentTerms(d.Id, d.TermCounts, d.WordTokens))))
            .ToList();
        var comparison = new CorpusComparison(
            settings,
            termGroups.Count >= 2 ? DistinctiveTermAnalysis.Pairwise(termGroups, settings) : [],
            termGroups.Count >= 2 ? DistinctiveTermAnalysis.OneAgainstRest(termGroups, settings) : [],
            TfIdfSimilarity.Compute(termGroups, word => resources.Idf[word]),
            [.. termGroups.SelectMany(g => ComparisonWarnings.ForGroup(g, settings))]);
        return new CorpusAnalysis(resources.Versions, documents, groups, comparison);
    }

    private GroupAnalysis BuildGroup(GroupKey key, IReadOnlyList<DocumentAnalysis> documents, ComparisonSettings settings)
    {
        var themes = ThemeProfiles.Build(resources.Taxonomy, key.Name, documents);
        return new GroupAnalysis(
            key.Key,
            key.Name,
            key.EnglishName,
            [.. documents.Select(d => d.Id)],
            themes,
            InstrumentMixes.Build(resources.Rules, key.Name, documents),
            InstrumentMixes.Matrix(resources.Taxonomy, resources.Rules, key.Name, documents),
            [.. documents.SelectMany(d => d.Priorities.Select(p => new GroupPriority(d.Id, p)))],
            ThemeWarnings(key, themes, documents));
    }

    // A theme whose every hit in a group of several documents comes from one of them.
    private static List<ComparisonWarning> ThemeWarnings(GroupKey key, ThemeProfile themes, IReadOnlyList<DocumentAnalysis> documents)
    {
        if (documents.Count < 2)
        {
            return [];
        }

        return [.. themes.Scores
            .Where(s => s.Hits > 0 && s.Documents == 1)
            .Select(s => new ComparisonWarning(
                ComparisonWarningKind.TermFromSingleDocument,
                key.Name,
                s.ThemeId,
                ThemeFromSingleDocumentKey,
                $"In {key.Name}, the theme '{s.ThemeId}' rests on a single document of {documents.Count}."))];
    }

    public const string ThemeFromSingleDocumentKey = "comparison.theme-from-single-document";
}
