namespace Dashboard.Analysis.Corpus;

/// <summary>Measure clauses of one instrument type in a group, and their part of all the group's measure clauses.</summary>
public sealed record InstrumentShare(string TypeId, string CategoryId, int Clauses, double Share);

/// <summary>The policy-instrument mix of a group: every type of the rules plus "none", in rule order.</summary>
public sealed record InstrumentMix(string Group, int MeasureClauses, IReadOnlyList<InstrumentShare> Types)
{
    /// <summary>Clauses per category (supply, environment, demand, none).</summary>
    public IReadOnlyDictionary<string, int> ByCategory =>
        Types.GroupBy(t => t.CategoryId).ToDictionary(g => g.Key, g => g.Sum(t => t.Clauses));
}

/// <summary>
/// Theme × instrument for a group: how many measure clauses of each instrument type mention each theme.
/// Counts[themeIndex][typeIndex], themes in taxonomy order, types in rule order with "none" last.
/// </summary>
public sealed record ThemeInstrumentMatrix(string Group, IReadOnlyList<string> ThemeIds, IReadOnlyList<string> TypeIds, IReadOnlyList<IReadOnlyList<int>> Counts);
