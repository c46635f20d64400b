using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store.Entities;

namespace Dashboard.Data.Store;

/// <summary>Turns a document's analysis into the rows the store keeps.</summary>
internal static class AnalysisRecords
{
    public static StoredAnalysis From(DocumentAnalysis analysis, DateTimeOffset now, int generation) => new()
    {
        Generation = generation,
        LexiconVersion = analysis.Versions.Lexicon,
        TaxonomyVersion = analysis.Versions.Taxonomy,
        InstrumentRulesVersion = analysis.Versions.InstrumentRules,
        GazetteerVersion = analysis.Versions.Gazetteer,
        AnalysisVersion = analysis.Versions.Analysis,
        WordTokens = analysis.WordTokens,
        AnalysedAt = now,
        ResultJson = StoredResult.ToJson(analysis),
        Themes = [.. analysis.ThemeHits.GroupBy(h => h.ThemeId).Select(g =>
        {
            var best = StoredThemeDetails.Best(g);
            return new DocumentThemeCount
            {
                ThemeId = g.Key,
                Hits = g.Count(),
                Terms = StoredThemeDetails.WriteTerms(g),
                KeySentenceScores = StoredThemeDetails.WriteScores(best),
                KeySentences = StoredThemeDetails.WriteSentences(best),
            };
        })],
        ThemeInstruments = StoredThemeDetails.WriteThemeInstruments(StoredThemeDetails.ThemeInstruments(analysis.Measures, analysis.ThemeHits)),
        Instruments = [.. analysis.Measures.GroupBy(m => (m.TypeId, m.CategoryId)).Select(g => new DocumentInstrumentCount { TypeId = g.Key.TypeId, CategoryId = g.Key.CategoryId, Clauses = g.Count() })],
        TermCounts = StoredTermCounts.Write(analysis.TermCounts),
        Priorities = [.. analysis.Priorities.Select(p => new DocumentPriority
        {
            Kind = p.Kind.ToString().ToLowerInvariant(),
            Item = p.Item.Length <= 200 ? p.Item : p.Item[..200],
            GroupName = p.Group,
            Number = p.Number,
            Quantity = p.Quantity,
            Unit = p.Unit,
            Year = p.Year,
            SentenceIndex = p.SentenceIndex,
            Start = p.Start,
            Length = p.Length,
            Occurrences = p.Occurrences,
            IndustryId = p.IndustryId,
            IndustryCategory = p.IndustryCategory,
        })],
    };
}
