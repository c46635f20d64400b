using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Themes;
using Dashboard.Segmentation.Keywords;

namespace Dashboard.Data.Store;

/// <summary>What the document page shows of an analysis, kept as JSON beside the counts (the text is stored once, in the document).</summary>
public sealed record StoredResult(
    IReadOnlyList<ThemeHit> ThemeHits,
    IReadOnlyList<MeasureClause> Measures,
    IReadOnlyList<Analysis.Priorities.Priority> Priorities,
    IReadOnlyList<Keyword> Keywords,
    DetectedLocality? DetectedLocality,
    DetectedDate? DetectedDate)
{
    public static string ToJson(DocumentAnalysis analysis) => JsonSerializer.Serialize(
        new StoredResult(analysis.ThemeHits, analysis.Measures, analysis.Priorities, analysis.Keywords, analysis.DetectedLocality, analysis.DetectedDate),
        DataFileJson.Options);

    public static StoredResult FromJson(string json) =>
        JsonSerializer.Deserialize<StoredResult>(json, DataFileJson.Options) ?? throw new InvalidDataException("empty stored analysis");
}
