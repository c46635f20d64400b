namespace Dashboard.Analysis.Instruments;

/// <summary>A policy-instrument category (supply, environment, demand) with its types.</summary>
public sealed record InstrumentCategory(string Id, string Chinese, string English, string DefinitionEnglish, string DefinitionChinese, IReadOnlyList<InstrumentType> Types);

/// <summary>An instrument type (talent, funding, land, …) and the cue words that mark it.</summary>
public sealed record InstrumentType(string Id, string CategoryId, string Chinese, string English, IReadOnlyList<string> Cues)
{
    /// <summary>The type of measure clauses no cue word places: a measure, but of no recognised instrument.</summary>
    public const string NoneId = "none";
}
