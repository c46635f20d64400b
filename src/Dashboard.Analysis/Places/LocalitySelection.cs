namespace Dashboard.Analysis.Places;

/// <summary>
/// Picks the most specific division the scores support. The province whose divisions score most in total is the
/// start; from a division, the walk goes down to its child with the most evidence (its own score and its
/// descendants') when:
/// the division itself has no evidence; or the child acts (issuing body, meeting, department) and does so first, before
/// the division does, with at least half its score; or the child outscores the division and the division does not act
/// unless the child does too. So 肇东市委常委会… with 绥化市 mentioned later is about 肇东市, while 绥化市委… that mentions
/// 肇东市 is about 绥化市.
/// </summary>
internal static class LocalitySelection
{
    public static Division? Choose(Gazetteer gazetteer, IReadOnlyDictionary<Division, CandidateEvidence> candidates)
    {
        var scored = candidates.Values.Where(c => c.Score > 0).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var province = ProvinceTotals(gazetteer, scored).OrderByDescending(p => p.Value).ThenBy(p => p.Key.Code, StringComparer.Ordinal).First().Key;
        var node = province;
        while (BestChild(gazetteer, node, scored) is { } child && ShouldDescend(gazetteer, candidates, node, child))
        {
            node = child.Division;
        }

        return node;
    }

    /// <summary>The total score of each province's candidates, the province's own included.</summary>
    public static Dictionary<Division, double> ProvinceTotals(Gazetteer gazetteer, IEnumerable<CandidateEvidence> scored) =>
        scored.GroupBy(c => gazetteer.ProvinceOf(c.Division)).ToDictionary(g => g.Key, g => g.Sum(c => c.Score));

    /// <summary>The candidate's own score plus those of the candidates below it.</summary>
    public static double Subtree(Gazetteer gazetteer, Division division, IEnumerable<CandidateEvidence> scored) =>
        scored.Where(c => c.Division == division || LocalityScoring.IsBelow(gazetteer, c.Division, division)).Sum(c => c.Score);

    private static (Division Division, double Subtree)? BestChild(Gazetteer gazetteer, Division node, List<CandidateEvidence> scored)
    {
        var children = new Dictionary<Division, double>();
        foreach (var candidate in scored)
        {
            var chain = gazetteer.Ancestors(candidate.Division).Prepend(candidate.Division);
            if (chain.FirstOrDefault(d => d.ParentCode == node.Code) is { } child)
            {
                children[child] = children.GetValueOrDefault(child) + candidate.Score;
            }
        }

        return children.Count == 0
            ? null
            : children.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Code, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).First();
    }

    private static bool ShouldDescend(Gazetteer gazetteer, IReadOnlyDictionary<Division, CandidateEvidence> candidates, Division node, (Division Division, double Subtree) child)
    {
        var parent = candidates.GetValueOrDefault(node);
        var parentScore = parent?.Score ?? 0;
        if (parentScore <= 0)
        {
            return true;
        }

        var parentActs = parent!.FirstIssuing;
        var childActs = FirstIssuingBelow(gazetteer, candidates, child.Division);
        if (childActs is { } c && (parentActs is not { } p || c < p) && child.Subtree >= parentScore / 2)
        {
            return true;
        }

        // A parent that does not act is only context (黑龙江 around 北国冰城哈尔滨): half its weight below it will do.
        return parentActs is null ? child.Subtree >= parentScore / 2 : child.Subtree > parentScore && childActs is not null;
    }

    /// <summary>Where the first issuing body, meeting or department of a division or one below it starts.</summary>
    private static int? FirstIssuingBelow(Gazetteer gazetteer, IReadOnlyDictionary<Division, CandidateEvidence> candidates, Division division) =>
        candidates.Values
            .Where(c => c.FirstIssuing is not null && (c.Division == division || LocalityScoring.IsBelow(gazetteer, c.Division, division)))
            .Select(c => c.FirstIssuing)
            .Min();
}
