namespace Dashboard.Analysis.Corpus;

/// <summary>What produced a result: versions of the lexicon, the taxonomy, the instrument rules, the gazetteer and
/// the analysis code. Results with other versions are recomputed.</summary>
public sealed record AnalysisVersions(string Lexicon, string Taxonomy, string InstrumentRules, string Gazetteer, string Analysis)
{
    /// <summary>Changes whenever the analysis code changes what it computes.</summary>
    public const string AnalysisCode = "4";

    /// <summary>The analysis version: the code's, with those of the data files that change what the code finds (the
    /// industry vocabulary and its cues, the place-name table, the page-line patterns).</summary>
    public static string Code(string industries, string cues, string places, string pages) =>
        $"{AnalysisCode}; data {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('|', industries, cues, places, pages))))[..12]}";

    public override string ToString() => $"lexicon {Lexicon}; taxonomy {Taxonomy}; instruments {InstrumentRules}; gazetteer {Gazetteer}; analysis {Analysis}";
}
