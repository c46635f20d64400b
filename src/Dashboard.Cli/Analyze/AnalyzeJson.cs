using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Themes;

namespace Dashboard.Cli.Analyze;

/// <summary>The JSON shape of `analyze --json` (documented in the README): plain records built from the analysis.</summary>
internal static class AnalyzeJson
{
    /// <summary>As the data files, but unknown values are written as null rather than left out.</summary>
    public static System.Text.Json.JsonSerializerOptions Options { get; } =
        new(Dashboard.Analysis.DataFileJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    public static object Build(CorpusAnalysis corpus, AnalysisResources resources, IReadOnlyDictionary<string, string> files)
    {
        var taxonomy = resources.Taxonomy;
        return new
        {
            versions = corpus.Versions,
            settings = corpus.Comparison.Settings,
            documents = corpus.Documents.Select(d => Document(d, taxonomy, files.GetValueOrDefault(d.Id))),
            groups = corpus.Groups.Select(Group),
            comparison = new
            {
                pairwise = corpus.Comparison.Pairwise.Select(Distinctive),
                oneAgainstRest = corpus.Comparison.OneAgainstRest.Select(Distinctive),
                similarity = new { names = corpus.Comparison.Similarity.Names, values = corpus.Comparison.Similarity.Values },
                warnings = corpus.Comparison.Warnings,
            },
        };
    }

    private static object Document(DocumentAnalysis d, ThemeTaxonomy taxonomy, string? file)
    {
        var profile = ThemeProfiles.Build(taxonomy, d.Id, [d]);
        return new
        {
            id = d.Id,
            file,
            title = d.Title,
            synthetic = d.Synthetic,
            locality = d.Locality,
            localitySuggested = d.LocalitySuggested,
            localityDetection = d.DetectedLocality is { } l
                ? new { code = l.Place.Code, name = l.Place.Name, confidence = Math.Round(l.Confidence, 3), evidence = l.Evidence, start = l.Start, length = l.Length }
                : null,
            date = Date(d.Date),
            dateDetection = d.DetectedDate is { } dd
                ? new { evidence = dd.Evidence, start = dd.Start, length = dd.Length, isInFuture = dd.IsInFuture }
                : null,
            kind = d.Kind,
            wordTokens = d.WordTokens,
            themes = profile.Ranked.Where(s => s.Hits > 0).Select(s => new
            {
                id = s.ThemeId,
                zh = taxonomy.Find(s.ThemeId)!.Chinese,
                en = taxonomy.Find(s.ThemeId)!.English,
                hits = s.Hits,
                perThousandTokens = Math.Round(s.PerThousandTokens, 3),
                share = Math.Round(s.Share, 4),
                terms = s.Terms,
                evidence = d.ThemeHits.Where(h => h.ThemeId == s.ThemeId).Select(h => new
                {
                    term = h.Term,
                    sentenceIndex = h.Evidence.SentenceIndex,
                    sentence = h.Evidence.Sentence,
                    start = h.Evidence.Start,
                    length = h.Evidence.Length,
                    sourceStart = h.Evidence.SourceStart,
                    sourceLength = h.Evidence.SourceLength,
                }),
            }),
            instruments = new
            {
                measureClauses = d.Measures.Count,
                clauses = d.Measures.Select(m => new
                {
                    type = m.TypeId,
                    category = m.CategoryId,
                    cues = m.Cues,
                    marker = m.Marker,
                    text = m.Evidence.Match,
                    sentenceIndex = m.Evidence.SentenceIndex,
                    start = m.Evidence.Start,
                    length = m.Evidence.Length,
                }),
            },
            priorities = d.Priorities.Select(p => new
            {
                kind = p.Kind,
                item = p.Item,
                group = p.Group,
                number = p.Number,
                quantity = p.Quantity,
                unit = p.Unit,
                year = p.Year,
                occurrences = p.Occurrences,
                industryId = p.IndustryId,
                industryCategory = p.IndustryCategory,
                sentenceIndex = p.SentenceIndex,
                start = p.Start,
                length = p.Length,
                sourceStart = p.SourceStart,
                sourceLength = p.SourceLength,
            }),
            keywords = d.Keywords.Select(k => new { word = k.Word, weight = Math.Round(k.Weight, 6) }),
        };
    }

    private static object Date(PolicyDate date) => new
    {
        text = date.ToString(),
        year = date.Year,
        month = date.Month,
        day = date.Day,
        yearInferred = date.YearInferred,
        precision = date.Precision,
    };

    private static object Group(GroupAnalysis g) => new
    {
        key = g.Key,
        name = g.Name,
        englishName = g.EnglishName,
        documents = g.DocumentIds,
        tokens = g.Themes.TokenCount,
        themeHits = g.Themes.TotalHits,
        themes = g.Themes.Scores.Select(s => new
        {
            id = s.ThemeId,
            hits = s.Hits,
            documents = s.Documents,
            perThousandTokens = Math.Round(s.PerThousandTokens, 3),
            share = Math.Round(s.Share, 4),
        }),
        instruments = new
        {
            measureClauses = g.Instruments.MeasureClauses,
            byCategory = g.Instruments.ByCategory,
            types = g.Instruments.Types.Select(t => new { id = t.TypeId, category = t.CategoryId, clauses = t.Clauses, share = Math.Round(t.Share, 4) }),
        },
        themeInstrumentMatrix = new { themes = g.ThemeInstruments.ThemeIds, types = g.ThemeInstruments.TypeIds, counts = g.ThemeInstruments.Counts },
        priorities = g.Priorities.Select(p => new { document = p.DocumentId, kind = p.Priority.Kind, item = p.Priority.Item, group = p.Priority.Group, number = p.Priority.Number }),
        warnings = g.Warnings,
    };

    private static object Distinctive(DistinctiveTerms d) => new
    {
        a = d.GroupA,
        b = d.GroupB,
        topA = d.TopFor(ComparisonSide.A).Select(Term),
        topB = d.TopFor(ComparisonSide.B).Select(Term),
        warnings = d.Warnings,
    };

    private static object Term(DistinctiveTerm t) => new
    {
        term = t.Term,
        z = Math.Round(t.Z, 3),
        logOddsRatio = Math.Round(t.LogOddsRatio, 4),
        g2 = Math.Round(t.G2, 3),
        countA = t.CountA,
        countB = t.CountB,
        perTenThousandA = Math.Round(t.PerTenThousandA, 2),
        perTenThousandB = Math.Round(t.PerTenThousandB, 2),
        documentFrequencyA = t.DocumentFrequencyA,
        documentFrequencyB = t.DocumentFrequencyB,
    };
}
