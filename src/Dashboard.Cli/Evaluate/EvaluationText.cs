using System.Globalization;
using Dashboard.Analysis.Evaluation;

namespace Dashboard.Cli.Evaluate;

/// <summary>The evaluation for a reader: a table of figures per part, the calibration, then every document with a fault.</summary>
internal static class EvaluationText
{
    public static void Write(EvaluationReport report, string goldPath, TextWriter output)
    {
        var parts = report.Parts;
        output.WriteLine(Invariant($"Gold corpus: {goldPath}, {report.Documents.Count} documents ({string.Join(", ", parts.Select(p => $"{p.Documents} {p.Part}"))})"));
        output.WriteLine($"Analysis: {report.Versions}");
        output.WriteLine();
        Row(output, "", parts.Select(p => p.Part));
        Row(output, "documents", parts.Select(p => Invariant($"{p.Documents}")));
        Row(output, "locality exact", parts.Select(p => Share(p.LocalityExact, p.Documents)));
        Row(output, "locality right at province level", parts.Select(p => Share(p.LocalityProvince, p.Documents)));
        Row(output, "wrong places", parts.Select(p => Invariant($"{p.WrongPlaces}")));
        Row(output, "locality unknown", parts.Select(p => Invariant($"{p.LocalityUnknown}")));
        Row(output, "date right (texts giving one)", parts.Select(p => Share(p.DatesRight, p.DatesGiven)));
        Row(output, "industries precision", parts.Select(p => Invariant($"{p.IndustryPrecision:P1} ({p.CorrectFound}/{p.FoundIndustries})")));
        Row(output, "industries recall", parts.Select(p => Invariant($"{p.IndustryRecall:P1} ({p.MatchedGold}/{p.GoldIndustries})")));
        Row(output, "industries F1", parts.Select(p => Invariant($"{p.IndustryF1:P1}")));
        Row(output, "sector-free texts with industries", parts.Select(p => Invariant($"{p.SectorFreeWithIndustries} of {p.SectorFreeDocuments}")));
        Row(output, "dateline or byline titles", parts.Select(p => Invariant($"{p.DatelineTitles}")));
        output.WriteLine();
        output.WriteLine("Locality confidence (all parts): how often a detection in each band is exact, and wrong");
        foreach (var band in Combine(parts))
        {
            output.WriteLine(Invariant($"  {band.From:0.00}-{band.To:0.00}: {band.Documents,3} documents, {band.Exact,3} exact ({band.ExactRate:P0}), {band.Wrong} wrong"));
        }

        var wrong = report.Documents.Where(d => !d.IsRight).ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"Documents with a fault: {wrong.Count}"));
        foreach (var verdict in wrong)
        {
            WriteVerdict(verdict, output);
        }
    }

    private static IEnumerable<ConfidenceBand> Combine(IReadOnlyList<PartScores> parts) =>
        parts.SelectMany(p => p.Calibration)
            .GroupBy(b => (b.From, b.To))
            .Select(g => new ConfidenceBand(g.Key.From, g.Key.To, g.Sum(b => b.Documents), g.Sum(b => b.Exact), g.Sum(b => b.Wrong)));

    private static void WriteVerdict(DocumentVerdict verdict, TextWriter output)
    {
        var gold = verdict.Gold;
        output.WriteLine();
        output.WriteLine($"{gold.Id} ({gold.Part}) {gold.LocalityName} {gold.LocalityCode}, {gold.Kind}, names it: {gold.Naming}");
        if (verdict.LocalityOutcome != LocalityOutcome.Exact)
        {
            var said = verdict.Locality is { } l
                ? Invariant($"{l.Place.Name} {l.Place.Code} at {l.Confidence:0.00}, from “{l.Evidence}”")
                : "no locality";
            output.WriteLine($"  locality {verdict.LocalityOutcome.ToString().ToLowerInvariant()}: {said}");
        }

        if (verdict.DateOutcome is DateOutcome.Wrong or DateOutcome.Missing)
        {
            output.WriteLine($"  date {verdict.DateOutcome.ToString().ToLowerInvariant()}: gold {gold.Date}, said {verdict.Date}{(verdict.DateEvidence is { } e ? $" from “{e}”" : "")}");
        }

        if (verdict.Missed.Count > 0)
        {
            output.WriteLine($"  industries missed: {string.Join(" | ", verdict.Missed)}");
        }

        foreach (var invented in verdict.Invented)
        {
            output.WriteLine($"  industry not in the gold: {invented.Item}{(invented.IndustryId is { } id ? $" ({id})" : " (not canonical)")} in “{Clip(invented.Evidence)}”");
        }

        if (verdict.TitleProblem is { } problem)
        {
            output.WriteLine($"  title is a {problem}: “{verdict.Title}”");
        }
    }

    private static string Clip(string sentence) => sentence.Length <= 90 ? sentence : sentence[..90] + "…";

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : Invariant($"{(double)part / whole:P1} ({part}/{whole})");

    private static void Row(TextWriter output, string label, IEnumerable<string> cells) =>
        output.WriteLine(label.PadRight(36) + string.Concat(cells.Select(c => c.PadLeft(24))));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
