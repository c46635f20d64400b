using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Industries a sentence sets as priorities, wherever they stand, each with the canonical industry it denotes where
/// the vocabulary knows it (and none where it does not, so the vocabulary can grow):
/// <list type="number">
/// <item>lists under an industry head (生物发酵、…、麻纺制品六大产业集群; 六大产业集群：…; …等领域), read by
/// <see cref="IndustryListFinder"/> with their group and number; an item joining two known industries
/// (生物医药及高端医疗器械) is reported as both;</item>
/// <item>every other name the vocabulary knows (<see cref="IndustryMentions"/>): in a list of two or more known
/// industries (<see cref="IndustryRuns"/>), unless the list is of technologies or goods (…等新技术, …等大宗消费); on
/// its own, where its clause sets it as a priority (<see cref="IndustryContext"/>);</item>
/// <item>plain names the vocabulary does not know, between known ones in a list, or before an industry head after a
/// priority verb (<see cref="UnknownIndustries"/>).</item>
/// </list>
/// </summary>
internal static class IndustryFinder
{
    /// <param name="places">Names of places (东莞, 东莞市): a name that starts with one is no industry (桐庐产业链).</param>
    public static IEnumerable<Finding> Find(TaggedSentence sentence, IndustryResolver resolver, IReadOnlySet<string> places)
    {
        var found = IndustryListFinder.Find(sentence)
            .Select(f => Canonical(f, resolver))
            .Select(f => Keep(f, f.Priorities.Where(p => p.IndustryId is not null || UnknownIndustries.IsListedName(sentence, p, resolver, places))))
            .Where(f => f.Priorities.Count > 0)
            .ToList();
        if (StartsWithReference(sentence, resolver.Cues))
        {
            return found;
        }

        var mentions = IndustryMentions.Find(sentence, resolver).Where(m => !found.Any(f => f.Start < m.HeadEnd && m.Start < f.End)).ToList();
        var context = new IndustryContext(sentence, resolver.Cues);
        foreach (var run in IndustryRuns.Of(sentence, mentions, resolver))
        {
            if (run.IsOfSomethingElse)
            {
                continue;
            }

            var isList = run.Items.Count >= 2 && (run.Known >= 2 || run.SharedHead is not null);
            foreach (var (start, end, mention) in run.Items)
            {
                var item = mention ?? (isList ? UnknownIndustries.Item(sentence, start, end, resolver, places) : null);
                if (item is null || context.IsBlocked(item))
                {
                    continue;
                }

                if (isList || context.IsPriority(run.Start, item) || (run.SharedHead is not null && context.HasVerbBefore(run.Start)))
                {
                    found.Add(Finding(sentence, item, run.SharedHead ?? item.Head));
                }
            }
        }

        foreach (var unknown in UnknownIndustries.Find(sentence, resolver, context, places))
        {
            if (!found.Any(f => f.Overlaps(unknown)))
            {
                found.Add(Canonical(unknown, resolver));
            }
        }

        return found.OrderBy(f => f.Start);
    }

    /// <summary>The finding with each item's canonical industry; an item joining two known industries becomes both.</summary>
    private static Finding Canonical(Finding finding, IndustryResolver resolver)
    {
        var priorities = new List<Priority>();
        foreach (var priority in finding.Priorities)
        {
            var parts = resolver.SplitJoined(priority.Item);
            var industries = parts.Select(resolver.ResolveName).ToList();
            if (parts.Count > 1 && industries.All(i => i is not null) && industries.Distinct().Count() == parts.Count)
            {
                var offset = priority.Start;
                for (var k = 0; k < parts.Count; k++)
                {
                    var at = priority.Item.IndexOf(parts[k], offset - priority.Start, StringComparison.Ordinal) + priority.Start;
                    priorities.Add(priority with { Item = parts[k], Start = at, Length = parts[k].Length, IndustryId = industries[k]!.Id, IndustryCategory = industries[k]!.CategoryId });
                    offset = at + parts[k].Length;
                }

                continue;
            }

            var industry = resolver.ResolveContained(priority.Item);
            priorities.Add(priority with { IndustryId = industry?.Id, IndustryCategory = industry?.CategoryId });
        }

        return Keep(finding, priorities.Where(p => !p.Item.Any(char.IsAsciiDigit)));
    }

    /// <summary>The finding with only these of its items; it then covers only them (and its head after the last), so what
    /// it dropped may still be read as a name on its own.</summary>
    private static Finding Keep(Finding finding, IEnumerable<Priority> kept)
    {
        var priorities = kept.ToList();
        if (priorities.Count == finding.Priorities.Count || priorities.Count == 0)
        {
            return finding with { Priorities = priorities };
        }

        var lastDropped = finding.Priorities.Count > 0 && !priorities.Contains(finding.Priorities[^1]);
        return new Finding(priorities.Min(p => p.Start), lastDropped ? priorities.Max(p => p.End) : finding.End, priorities);
    }

    /// <summary>A sentence whose subject is the national leadership (习近平总书记…重要讲话, 党中央…) reports what it said,
    /// not what the locality sets.</summary>
    private static bool StartsWithReference(TaggedSentence sentence, IndustryCues cues) =>
        cues.ReferenceOpeners.Any(o => sentence.Sentence.Text.TrimStart().StartsWith(o, StringComparison.Ordinal));

    private static Finding Finding(TaggedSentence sentence, IndustryMention mention, string? group) =>
        new(mention.Start, mention.HeadEnd, [new Priority(
            PriorityKind.Industry, mention.Item, group, null, null, null, null, sentence.Sentence.Index,
            mention.Start, mention.End - mention.Start, IndustryId: mention.Industry?.Id, IndustryCategory: mention.Industry?.CategoryId)]);
}
