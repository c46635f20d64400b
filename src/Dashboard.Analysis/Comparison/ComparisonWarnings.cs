using System.Globalization;

namespace Dashboard.Analysis.Comparison;

/// <summary>The warnings that go with a group or a comparison.</summary>
public static class ComparisonWarnings
{
    public const string TermFromSingleDocumentKey = "comparison.term-from-single-document";
    public const string SingleDocumentGroupKey = "comparison.single-document-group";
    public const string SmallGroupKey = "comparison.small-group";
    public const string SameGroupsKey = "comparison.same-groups";
    public const string EmptyGroupKey = "comparison.empty-group";

    /// <summary>What is wrong with a group whatever it is compared with: empty, one document, little text.</summary>
    public static IReadOnlyList<ComparisonWarning> ForGroup(TermGroup group, ComparisonSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        var warnings = new List<ComparisonWarning>();
        AddGroupWarnings(warnings, group.Name, group.DocumentCount, group.TokenCount, settings ?? ComparisonSettings.Default);
        return warnings;
    }

    internal static IReadOnlyList<ComparisonWarning> ForComparison(
        ComparedSide a,
        ComparedSide b,
        IReadOnlyList<DistinctiveTerm> termsByZ,
        ComparisonSettings settings)
    {
        var warnings = new List<ComparisonWarning>();
        if (a.Group is not null && b.Group is not null && (ReferenceEquals(a.Group, b.Group) || string.Equals(a.Name, b.Name, StringComparison.Ordinal)))
        {
            warnings.Add(new ComparisonWarning(
                ComparisonWarningKind.SameGroups,
                a.Name,
                null,
                SameGroupsKey,
                $"Both sides of the comparison are {a.Name}: there is nothing to compare."));
        }

        AddGroupWarnings(warnings, a.Name, a.DocumentCount, a.TokenCount, settings);
        if (b.Group is null || !ReferenceEquals(a.Group, b.Group))
        {
            AddGroupWarnings(warnings, b.Name, b.DocumentCount, b.TokenCount, settings);
        }

        AddSingleDocumentTerms(warnings, a, DistinctiveTerms.Top(termsByZ, ComparisonSide.A, settings.TopTerms), t => t.DocumentFrequencyA);
        AddSingleDocumentTerms(warnings, b, DistinctiveTerms.Top(termsByZ, ComparisonSide.B, settings.TopTerms), t => t.DocumentFrequencyB);
        return warnings;
    }

    private static void AddGroupWarnings(List<ComparisonWarning> warnings, string group, int documentCount, long tokenCount, ComparisonSettings settings)
    {
        if (documentCount == 0 || tokenCount == 0)
        {
            warnings.Add(new ComparisonWarning(
                ComparisonWarningKind.EmptyGroup,
                group,
                null,
                EmptyGroupKey,
                $"{group} has no text: there is nothing to compare it on."));
            return;
        }

        if (documentCount == 1)
        {
            warnings.Add(new ComparisonWarning(
                ComparisonWarningKind.SingleDocumentGroup,
                group,
                null,
                SingleDocumentGroupKey,
                $"{group} holds a single document: all figures rest on one document."));
        }

        if (tokenCount < settings.SmallGroupTokens)
        {
            warnings.Add(new ComparisonWarning(
                ComparisonWarningKind.SmallGroup,
                group,
                null,
                SmallGroupKey,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{group} has little text ({tokenCount:N0} tokens, fewer than {settings.SmallGroupTokens:N0}): its figures are unstable.")));
        }
    }

    private static void AddSingleDocumentTerms(
        List<ComparisonWarning> warnings,
        ComparedSide side,
        List<DistinctiveTerm> top,
        Func<DistinctiveTerm, int> documentFrequency)
    {
        // In a one-document group every term rests on that document; the group warning says so once.
        if (side.DocumentCount <= 1)
        {
            return;
        }

        foreach (var term in top)
        {
            if (documentFrequency(term) == 1)
            {
                warnings.Add(new ComparisonWarning(
                    ComparisonWarningKind.TermFromSingleDocument,
                    side.Name,
                    term.Term,
                    TermFromSingleDocumentKey,
                    $"'{term.Term}' is distinctive of {side.Name} but rests on a single document."));
            }
        }
    }
}
