using Dashboard.Analysis.Instruments;

namespace Dashboard.Analysis.Corpus;

/// <summary>Sums documents' measure clauses into a group's instrument mix and theme × instrument matrix.</summary>
public static class InstrumentMixes
{
    public static IReadOnlyList<string> TypeIds(InstrumentRules rules) =>
        [.. rules.Categories.SelectMany(c => c.Types).Select(t => t.Id), InstrumentType.NoneId];

    public static InstrumentMix Build(InstrumentRules rules, string group, IReadOnlyCollection<DocumentAnalysis> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var clause in documents.SelectMany(d => d.Measures))
        {
            counts[clause.TypeId] = counts.GetValueOrDefault(clause.TypeId) + 1;
            total++;
        }

        var shares = TypeIds(rules)
            .Select(id => new InstrumentShare(
                id,
                rules.FindType(id)?.CategoryId ?? InstrumentType.NoneId,
                counts.GetValueOrDefault(id),
                total == 0 ? 0 : (double)counts.GetValueOrDefault(id) / total))
            .ToList();
        return new InstrumentMix(group, total, shares);
    }

    /// <summary>For every measure clause, each theme with a hit inside the clause counts once in the clause's type.</summary>
    public static ThemeInstrumentMatrix Matrix(Themes.ThemeTaxonomy taxonomy, InstrumentRules rules, string group, IReadOnlyCollection<DocumentAnalysis> documents)
    {
        var themeIds = taxonomy.Themes.Select(t => t.Id).ToList();
        var typeIds = TypeIds(rules);
        var themeIndex = themeIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var typeIndex = typeIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var counts = themeIds.Select(_ => new int[typeIds.Count]).ToArray();
        foreach (var document in documents)
        {
            foreach (var clause in document.Measures)
            {
                var start = clause.Evidence.Start;
                var end = start + clause.Evidence.Length;
                var themes = document.ThemeHits
                    .Where(h => h.Evidence.Start >= start && h.Evidence.Start < end && themeIndex.ContainsKey(h.ThemeId))
                    .Select(h => h.ThemeId)
                    .Distinct(StringComparer.Ordinal);
                foreach (var theme in themes)
                {
                    counts[themeIndex[theme]][typeIndex[clause.TypeId]]++;
                }
            }
        }

        return new ThemeInstrumentMatrix(group, themeIds, typeIds, counts);
    }
}
