namespace Dashboard.Analysis.Places;

/// <summary>
/// Turns mentions into scores per division:
/// 1. unambiguous mentions count for their division (bare short names aside);
/// 2. a name several divisions share counts for those whose ancestors or descendants the text names; among equals, for
///    the highest level (吉林 is the province, 长沙 the city rather than 长沙县); what is left is split (朝阳区);
/// 3. bare short names count a little (alone, they give a low-confidence guess); references count nothing;
/// 4. level references (全市, 市委) support the best candidate of their level; 省 ones, when no province is named,
///    the province of the best candidate.
/// </summary>
internal static class LocalityScoring
{
    public static Dictionary<Division, CandidateEvidence> Score(
        Gazetteer gazetteer, IReadOnlyList<PlaceMention> mentions, IReadOnlyList<LevelReference> levels)
    {
        var candidates = new Dictionary<Division, CandidateEvidence>();
        CandidateEvidence Get(Division d) => candidates.TryGetValue(d, out var e) ? e : candidates[d] = new CandidateEvidence(d);

        var ambiguous = new List<PlaceMention>();
        foreach (var mention in mentions.Where(m => m.Kind is not (MentionKind.BareShortName or MentionKind.Reference)))
        {
            if (mention.Divisions.Count == 1)
            {
                Get(mention.Divisions[0]).Add(WeightOf(mention), mention);
            }
            else
            {
                ambiguous.Add(mention);
            }
        }

        var preliminary = candidates.ToDictionary(c => c.Key, c => c.Value.Score);
        foreach (var mention in ambiguous)
        {
            var context = mention.Divisions.Select(d => (Division: d, Context: Context(gazetteer, d, preliminary))).ToList();
            var most = context.Max(c => c.Context);
            var winners = context.Where(c => c.Context == most).Select(c => c.Division).ToList();
            var highest = winners.Min(d => d.Level);
            winners = [.. winners.Where(d => d.Level == highest)];
            foreach (var winner in winners)
            {
                Get(winner).Add(WeightOf(mention) / winners.Count, mention);
            }
        }

        // Bare short names come last, so that one shared by several divisions (朝阳) goes to the one the rest points at.
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.BareShortName))
        {
            var known = mention.Divisions.Where(candidates.ContainsKey).ToList();
            var targets = known.Count > 0 ? known : mention.Divisions.Count == 1 ? [.. mention.Divisions] : [];
            foreach (var division in targets)
            {
                Get(division).Add(WeightOf(mention) / targets.Count, mention);
            }
        }

        foreach (var group in levels.GroupBy(l => l.LevelCharacter))
        {
            var target = LevelTarget(gazetteer, candidates, group.Key);
            if (target is null)
            {
                continue;
            }

            var firstPerson = group.Where(l => l.Weight == MentionWeights.LevelFirstPerson).ToList();
            var total = Math.Min(MentionWeights.LevelCap, group.Except(firstPerson).Sum(LevelWeightOf))
                + Math.Min(MentionWeights.FirstPersonCap, firstPerson.Sum(LevelWeightOf));
            var evidence = Get(target);
            var strongest = group.OrderByDescending(LevelWeightOf).ThenBy(l => l.Start).First();
            evidence.AddLevelSupport(total, strongest, LevelWeightOf(strongest), firstPerson.Count > 0 ? firstPerson.Min(l => l.Start) : null);
        }

        return candidates;
    }

    private static double WeightOf(PlaceMention mention) =>
        MentionWeights.Of(mention.Kind) * (mention.InLead ? MentionWeights.Lead : 1);

    private static double LevelWeightOf(LevelReference reference) =>
        reference.Weight * (reference.InLead ? MentionWeights.Lead : 1);

    /// <summary>How much the text says about the divisions above and below <paramref name="division"/>.</summary>
    private static double Context(Gazetteer gazetteer, Division division, Dictionary<Division, double> scores) =>
        scores.Where(s => s.Key != division && (IsBelow(gazetteer, s.Key, division) || IsBelow(gazetteer, division, s.Key)))
            .Sum(s => s.Value);

    public static bool IsBelow(Gazetteer gazetteer, Division lower, Division upper) =>
        gazetteer.Ancestors(lower).Contains(upper);

    private static Division? LevelTarget(Gazetteer gazetteer, Dictionary<Division, CandidateEvidence> candidates, char level)
    {
        var best = candidates.Values
            .Where(c => c.Score > 0 && c.Division.Name.EndsWith(level))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Division.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is not null)
        {
            return best.Division;
        }

        if (level != '省')
        {
            return null;
        }

        var leader = candidates.Values.Where(c => c.Score > 0).OrderByDescending(c => c.Score).FirstOrDefault();
        var province = leader is null ? null : gazetteer.ProvinceOf(leader.Division);
        return province is not null && province.Name.EndsWith('省') ? province : null;
    }
}
