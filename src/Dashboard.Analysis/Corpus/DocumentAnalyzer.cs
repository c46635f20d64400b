using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Corpus;

/// <summary>document → normalise → segment → analyse: one document's full analysis. Thread-safe.</summary>
public sealed class DocumentAnalyzer(AnalysisResources resources)
{
    public const int KeywordCount = 20;

    public AnalysisResources Resources { get; } = resources;

    public DocumentAnalysis Analyze(DocumentInput input, DateOnly? today = null)
    {
        var text = Resources.Text.Analyse(input.RawText);
        var detectedLocality = Resources.Localities.Detect(text.Text, text.Tokens.Select(t => t.StartIndex).ToHashSet(), input.SourceUrl);
        var detectedDate = DateDetector.Detect(text.Text, today, Resources.PageLines, input.SourceUrl);

        var locality = input.LocalityCode is { } code
            ? (Resources.Gazetteer.Find(code) is { } known ? Place(known) : null)
            : detectedLocality is null ? null : Place(detectedLocality.Division);

        return new DocumentAnalysis
        {
            Id = input.Id,
            Title = Resources.DisplayTitles.For(input.Title, () => text.Text),
            NormalisedText = text.Text,
            Locality = locality,
            LocalitySuggested = locality is not null && (input.LocalityCode is null
                ? detectedLocality is { } detected && LocalityConfidence.IsSuggestion(detected.Confidence)
                : input.LocalityIsSuggestion),
            DetectedLocality = detectedLocality is null ? null : new DetectedLocality(
                Place(detectedLocality.Division),
                detectedLocality.Confidence,
                detectedLocality.Evidence,
                detectedLocality.EvidenceStart,
                detectedLocality.EvidenceLength),
            Date = input.Date ?? detectedDate?.Date ?? PolicyDate.Unknown,
            DetectedDate = detectedDate is null ? null : new DetectedDate(
                detectedDate.Date, detectedDate.Evidence, detectedDate.EvidenceStart, detectedDate.EvidenceLength, detectedDate.IsInFuture),
            Kind = input.Kind,
            Issuer = input.Issuer,
            SourceUrl = input.SourceUrl,
            Synthetic = input.Synthetic,
            WordTokens = Text.WordTokens.Count(text.Tokens),
            ThemeHits = Resources.Themes.FindHits(input.Id, text),
            Measures = Resources.Instruments.Classify(input.Id, text),
            Priorities = Resources.Priorities.Extract(text),
            Keywords = Resources.Keywords.ExtractTagsWithWeight(text.Tokens.Select(t => t.Word), KeywordCount),
            TermCounts = Resources.ContentWords.Count(text),
            Versions = Resources.Versions,
        };
    }

    public PlaceRef Place(Division division)
    {
        var province = Resources.Gazetteer.ProvinceOf(division);
        return new PlaceRef(
            division.Code,
            division.Name,
            division.EnglishName,
            division.Level.ToString().ToLowerInvariant(),
            province.Code,
            province.Name,
            province.EnglishName);
    }
}
