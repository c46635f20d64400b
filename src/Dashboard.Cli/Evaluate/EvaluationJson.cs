using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Analysis.Evaluation;

namespace Dashboard.Cli.Evaluate;

/// <summary>The evaluation as JSON: the figures of each part and every document's verdict.</summary>
internal static class EvaluationJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static object Build(EvaluationReport report, string goldPath) => new
    {
        gold = goldPath,
        versions = report.Versions,
        parts = report.Parts.Select(p => new
        {
            part = p.Part,
            documents = p.Documents,
            localityExact = p.LocalityExactRate,
            localityProvince = p.LocalityProvinceRate,
            wrongPlaces = p.WrongPlaces,
            localityUnknown = p.LocalityUnknown,
            datesGiven = p.DatesGiven,
            dateRight = p.DateRightRate,
            industryPrecision = p.IndustryPrecision,
            industryRecall = p.IndustryRecall,
            industryF1 = p.IndustryF1,
            goldIndustries = p.GoldIndustries,
            foundIndustries = p.FoundIndustries,
            sectorFreeDocuments = p.SectorFreeDocuments,
            sectorFreeWithIndustries = p.SectorFreeWithIndustries,
            datelineTitles = p.DatelineTitles,
            calibration = p.Calibration,
        }),
        documents = report.Documents.Select(d => new
        {
            id = d.Gold.Id,
            part = d.Gold.Part,
            gold = new { locality = d.Gold.LocalityCode, date = d.Gold.Date?.ToString(), industries = d.Gold.Industries },
            locality = d.Locality is { } l ? new { code = l.Place.Code, name = l.Place.Name, confidence = l.Confidence, evidence = l.Evidence } : null,
            localityOutcome = d.LocalityOutcome,
            date = d.Date.ToString(),
            dateEvidence = d.DateEvidence,
            dateOutcome = d.DateOutcome,
            industries = d.Found.Select(f => new { item = f.Item, industryId = f.IndustryId, evidence = f.Evidence }),
            missed = d.Missed,
            invented = d.Invented.Select(f => f.Item),
            title = d.Title,
            titleProblem = d.TitleProblem,
        }),
    };
}
