using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Priorities;

namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// Runs the whole analysis on every document of the gold corpus, as an import of the page would (its text and its
/// address; no other metadata), and
/// compares the locality, the date, the industries and the title with the gold. Thread-safe.
/// </summary>
public sealed class CorpusEvaluator(DocumentAnalyzer analyzer, IndustryKeys keys)
{
    /// <summary>Upper bounds of the confidence bands the calibration is reported in.</summary>
    public static readonly double[] BandEdges = [0.5, 0.7, 0.85, 1.0001];

    private readonly Gazetteer _gazetteer = analyzer.Resources.Gazetteer;

    /// <param name="today">The day dates are judged by; dates of the corpus are all before it.</param>
    public EvaluationReport Evaluate(GoldCorpus corpus, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var verdicts = corpus.Documents.AsParallel().AsOrdered().Select(d => Judge(d, today)).ToList();
        var parts = corpus.Parts.Select(p => Score(p, [.. verdicts.Where(v => v.Gold.Part == p)])).ToList();
        return new EvaluationReport(parts, verdicts, analyzer.Resources.Versions);
    }

    public DocumentVerdict Judge(GoldDocument gold, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        // As an import of the page would: its text and its address, nothing else.
        var analysis = analyzer.Analyze(new DocumentInput(gold.Id, gold.Text) { SourceUrl = gold.SourceUrl }, today);
        var locality = analysis.DetectedLocality;
        var dateOutcome = gold.Date is null ? DateOutcome.NotGiven
            : analysis.Date.Precision == DatePrecision.Unknown ? DateOutcome.Missing
            : gold.Date.Matches(analysis.Date) || gold.DateAlso.Any(d => d.Matches(analysis.Date)) ? DateOutcome.Right
            : DateOutcome.Wrong;

        var goldKeys = gold.Industries.SelectMany(keys.Of).Distinct(StringComparer.Ordinal).ToList();
        var found = FoundIndustries(analysis);
        var missed = gold.Industries.Where(g => !found.Any(f => f.Keys.Overlaps(keys.Of(g)))).ToList();
        var invented = found.Where(f => !f.Keys.Overlaps(goldKeys)).ToList();
        return new DocumentVerdict(
            gold,
            locality,
            Outcome(gold, locality),
            analysis.Date,
            analysis.DetectedDate?.Evidence,
            dateOutcome,
            goldKeys,
            found,
            // Recall counts keys: a gold string naming two industries (生物医药及医疗装备) is two.
            [.. goldKeys.Where(k => !found.Any(f => f.Keys.Contains(k))).Select(k => NameOf(k, gold))],
            invented,
            analysis.Title,
            TitleChecks.Problem(analysis.Title));
    }

    private string NameOf(string key, GoldDocument gold) =>
        gold.Industries.FirstOrDefault(g => keys.Of(g).Contains(key)) is { } text && keys.Of(text).Count == 1 ? text : $"{key} ({string.Join("、", gold.Industries.Where(g => keys.Of(g).Contains(key)))})";

    private List<FoundIndustry> FoundIndustries(DocumentAnalysis analysis)
    {
        var sentences = Text.SentenceSplitter.Split(analysis.NormalisedText);
        var found = new List<FoundIndustry>();
        foreach (var priority in analysis.Priorities.Where(p => p.Kind == PriorityKind.Industry))
        {
            var itemKeys = keys.Of(priority.Item, priority.IndustryId);
            if (found.Any(f => f.Keys.SetEquals(itemKeys)))
            {
                continue;
            }

            found.Add(new FoundIndustry(priority.Item, priority.IndustryId, itemKeys, sentences[priority.SentenceIndex].Text));
        }

        return found;
    }

    private LocalityOutcome Outcome(GoldDocument gold, DetectedLocality? detected)
    {
        if (detected is null)
        {
            return LocalityOutcome.Unknown;
        }

        if (detected.Place.Code == gold.LocalityCode)
        {
            return LocalityOutcome.Exact;
        }

        return _gazetteer.Find(gold.LocalityCode) is { } place && _gazetteer.Ancestors(place).Any(a => a.Code == detected.Place.Code)
            ? LocalityOutcome.Parent
            : LocalityOutcome.Wrong;
    }

    private static PartScores Score(string part, List<DocumentVerdict> verdicts)
    {
        var sectorFree = verdicts.Where(v => v.Gold.NamesNoIndustry).ToList();
        var bands = new List<ConfidenceBand>();
        var from = 0.0;
        foreach (var edge in BandEdges)
        {
            var inBand = verdicts.Where(v => v.Locality is { } l && l.Confidence >= from && l.Confidence < edge).ToList();
            bands.Add(new ConfidenceBand(from, Math.Min(edge, 1), inBand.Count, inBand.Count(v => v.LocalityOutcome == LocalityOutcome.Exact), inBand.Count(v => v.LocalityOutcome == LocalityOutcome.Wrong)));
            from = edge;
        }

        return new PartScores(
            part,
            verdicts.Count,
            verdicts.Count(v => v.LocalityOutcome == LocalityOutcome.Exact),
            verdicts.Count(v => v.Locality is { } l && l.Place.ProvinceCode == v.Gold.ProvinceCode),
            verdicts.Count(v => v.LocalityOutcome == LocalityOutcome.Wrong),
            verdicts.Count(v => v.LocalityOutcome == LocalityOutcome.Unknown),
            verdicts.Count(v => v.DateOutcome != DateOutcome.NotGiven),
            verdicts.Count(v => v.DateOutcome == DateOutcome.Right),
            verdicts.Sum(v => v.GoldIndustryKeys.Count),
            verdicts.Sum(v => v.Found.Count),
            verdicts.Sum(v => v.Matched),
            verdicts.Sum(v => v.Found.Count - v.Invented.Count),
            sectorFree.Count,
            sectorFree.Count(v => v.Found.Count > 0),
            verdicts.Count(v => v.TitleProblem is not null),
            bands);
    }
}
