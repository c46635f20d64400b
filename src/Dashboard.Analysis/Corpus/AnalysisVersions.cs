namespace Dashboard.Analysis.Corpus;

/// <summary>What produced a result: versions of the lexicon, the taxonomy, the instrument rules, the gazetteer and
/// the analysis code. Results with other versions are recomputed.</summary>
public sealed record AnalysisVersions(string Lexicon, string Taxonomy, string InstrumentRules, string Gazetteer, string Analysis)
{
    /// <summary>Changes whenever the analysis code changes what it computes.</summary>
    public const string AnalysisCode = "1";

    public override string ToString() => $"lexicon {Lexicon}; taxonomy {Taxonomy}; instruments {InstrumentRules}; gazetteer {Gazetteer}; analysis {Analysis}";
}
