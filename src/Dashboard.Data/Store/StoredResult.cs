using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Text;
using Dashboard.Analysis.Themes;
using Dashboard.Segmentation.Keywords;

namespace Dashboard.Data.Store;

/// <summary>
/// What the document page shows of an analysis (theme hits, measure clauses, priorities, keywords, detections).
/// Kept as compact JSON beside the counts: evidence is stored as offsets only, and its sentences are taken from the
/// stored normalised text when read, so no sentence is stored once per hit.
/// </summary>
public sealed record StoredResult(
    IReadOnlyList<ThemeHit> ThemeHits,
    IReadOnlyList<MeasureClause> Measures,
    IReadOnlyList<Analysis.Priorities.Priority> Priorities,
    IReadOnlyList<Keyword> Keywords,
    DetectedLocality? DetectedLocality,
    DetectedDate? DetectedDate)
{
    public static string ToJson(DocumentAnalysis analysis) => JsonSerializer.Serialize(
        new CompactResult(
            [.. analysis.ThemeHits.Select(h => new CompactHit(h.ThemeId, h.Term, Span.Of(h.Evidence)))],
            [.. analysis.Measures.Select(m => new CompactMeasure(m.TypeId, m.CategoryId, m.Cues, m.Marker, Span.Of(m.Evidence)))],
            analysis.Priorities,
            analysis.Keywords,
            analysis.DetectedLocality,
            analysis.DetectedDate),
        Compact);

    /// <summary>Reads a stored result back, rebuilding each evidence's sentence from the document's normalised text.</summary>
    public static StoredResult FromJson(string json, string documentId, string normalisedText)
    {
        var compact = JsonSerializer.Deserialize<CompactResult>(json, Compact) ?? throw new InvalidDataException("empty stored analysis");
        var sentences = SentenceSplitter.Split(normalisedText);
        Evidence Evidence(Span s)
        {
            var sentence = sentences[s.SentenceIndex];
            return new Evidence(documentId, sentence.Index, sentence.Text, sentence.Start, s.Start, s.Length, s.SourceStart, s.SourceLength);
        }

        return new StoredResult(
            [.. compact.Hits.Select(h => new ThemeHit(h.ThemeId, h.Term, Evidence(h.At)))],
            [.. compact.Measures.Select(m => new MeasureClause(m.TypeId, m.CategoryId, m.Cues, m.Marker, Evidence(m.At)))],
            compact.Priorities,
            compact.Keywords,
            compact.DetectedLocality,
            compact.DetectedDate);
    }

    private static JsonSerializerOptions Compact { get; } = new(DataFileJson.Options) { WriteIndented = false };

    private sealed record Span(int SentenceIndex, int Start, int Length, int SourceStart, int SourceLength)
    {
        public static Span Of(Evidence e) => new(e.SentenceIndex, e.Start, e.Length, e.SourceStart, e.SourceLength);
    }

    private sealed record CompactHit(string ThemeId, string Term, Span At);

    private sealed record CompactMeasure(string TypeId, string CategoryId, IReadOnlyList<string> Cues, string Marker, Span At);

    private sealed record CompactResult(
        IReadOnlyList<CompactHit> Hits,
        IReadOnlyList<CompactMeasure> Measures,
        IReadOnlyList<Analysis.Priorities.Priority> Priorities,
        IReadOnlyList<Keyword> Keywords,
        DetectedLocality? DetectedLocality,
        DetectedDate? DetectedDate);
}
