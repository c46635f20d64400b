using System.Globalization;
using System.Text.Json;

namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// The figures a part of the gold corpus must reach (tests/corpus/thresholds.json): CI fails below them, so no change
/// can quietly make the analysis worse. Rates are fractions (0.95), counts are maxima (0 wrong places).
/// </summary>
public sealed record EvaluationThresholds(
    string Part,
    double LocalityExact,
    int WrongPlaces,
    double DateRight,
    double IndustryPrecision,
    double IndustryRecall,
    int SectorFreeWithIndustries,
    int DatelineTitles)
{
    public static EvaluationThresholds Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The thresholds file {path} does not exist.", path);
        }

        return JsonSerializer.Deserialize<EvaluationThresholds>(File.ReadAllBytes(path), DataFileJson.Options)
            ?? throw new InvalidDataException($"{path} is empty.");
    }

    /// <summary>One line per figure below its threshold; empty when the part meets them all.</summary>
    public IReadOnlyList<string> Failures(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Part(Part) is not { } scores)
        {
            return [$"the gold corpus has no {Part} part"];
        }

        var failures = new List<string>();
        void AtLeast(string what, double value, double threshold)
        {
            if (value + 1e-9 < threshold)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} is {value:P1}, below {threshold:P0}"));
            }
        }

        void AtMost(string what, int value, int threshold)
        {
            if (value > threshold)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} is {value}, above {threshold}"));
            }
        }

        AtLeast("locality exact", scores.LocalityExactRate, LocalityExact);
        AtMost("wrong places", scores.WrongPlaces, WrongPlaces);
        AtLeast("date right", scores.DateRightRate, DateRight);
        AtLeast("industries precision", scores.IndustryPrecision, IndustryPrecision);
        AtLeast("industries recall", scores.IndustryRecall, IndustryRecall);
        AtMost("sector-free texts with industries", scores.SectorFreeWithIndustries, SectorFreeWithIndustries);
        AtMost("dateline or byline titles", scores.DatelineTitles, DatelineTitles);
        return [.. failures.Select(f => $"{Part}: {f}")];
    }
}
