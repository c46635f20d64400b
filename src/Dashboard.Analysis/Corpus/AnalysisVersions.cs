namespace Dashboard.Analysis.Corpus;

/// <summary>What produced a result: versions of the lexicon, the taxonomy, the instrument rules, the gazetteer and
/// the analysis code. Results with other versions are recomputed.</summary>
public sealed record AnalysisVersions(string Lexicon, string Taxonomy, string InstrumentRules, string Gazetteer, string Analysis)
{
    /// <summary>Changes whenever the analysis code changes what it computes.</summary>
    public const string AnalysisCode = "2";

    /// <summary>The analysis version: the code's, with those of the industry vocabulary and its cues (data files that
    /// change what the code finds).</summary>
    public static string Code(string industries, string cues) => $"{AnalysisCode}; industries {industries}; cues {cues}";

    public override string ToString() => $"lexicon {Lexicon}; taxonomy {Taxonomy}; instruments {InstrumentRules}; gazetteer {Gazetteer}; analysis {Analysis}";
}
