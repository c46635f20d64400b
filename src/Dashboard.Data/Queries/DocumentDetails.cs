using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Data.Store;
using Dashboard.Data.Store.Entities;

namespace Dashboard.Data.Queries;

/// <summary>Builds the document page's model from a stored document and its active analysis. No database.</summary>
public static class DocumentDetails
{
    public static DocumentDetail Build(StoredDocument stored, Gazetteer gazetteer)
    {
        var place = stored.LocalityCode is { } code ? gazetteer.Find(code) : null;
        var province = stored.ProvinceCode is { } provinceCode ? gazetteer.Find(provinceCode) : place is null ? null : gazetteer.Find(place.ProvinceCode);
        var metadata = new DocumentMetadata(
            stored.PublicId,
            DisplayTitles.Default.For(stored.Title, () => stored.NormalisedText),
            place,
            province,
            new PolicyDate(stored.Year, stored.Month, stored.Day, stored.YearInferred),
            StoredDocumentMapping.ParseKind(stored.Kind),
            stored.Issuer,
            stored.SourceUrl,
            stored.OriginalFileName,
            stored.SourceEncoding,
            stored.Synthetic,
            stored.CreatedAt,
            stored.UpdatedAt,
            stored.DeletedAt)
        {
            LocalitySuggested = stored.LocalitySuggested && place is not null,
        };

        if (stored.Analysis is not { } analysis)
        {
            return new DocumentDetail(
                metadata,
                [new TextSegment(stored.RawText, [])],
                DocumentHighlights.Sentences(stored.NormalisedText, []),
                [], [], [], [], null, null, null);
        }

        var result = StoredResult.FromJson(analysis.ResultJson, stored.PublicId, stored.NormalisedText);
        var themes = result.ThemeHits
            .GroupBy(h => h.ThemeId, StringComparer.Ordinal)
            .Select(g => new DocumentThemeSummary(g.Key, g.Count(), [.. g.Select(h => h.Term).Distinct(StringComparer.Ordinal)]))
            .OrderByDescending(t => t.Hits)
            .ThenBy(t => t.ThemeId, StringComparer.Ordinal)
            .ToList();
        var instruments = result.Measures
            .Where(m => m.TypeId != Analysis.Instruments.InstrumentType.NoneId)
            .GroupBy(m => (m.TypeId, m.CategoryId))
            .Select(g => new DocumentInstrumentSummary(g.Key.TypeId, g.Key.CategoryId, g.Count()))
            .OrderByDescending(i => i.Clauses)
            .ThenBy(i => i.TypeId, StringComparer.Ordinal)
            .ToList();

        return new DocumentDetail(
            metadata,
            DocumentHighlights.Cut(stored.RawText, 0, stored.RawText.Length, DocumentHighlights.InOriginal(result)),
            DocumentHighlights.Sentences(stored.NormalisedText, DocumentHighlights.InNormalised(result)),
            themes,
            instruments,
            [.. result.Priorities.OrderBy(p => p.SentenceIndex).ThenBy(p => p.Start)],
            result.Keywords,
            result.DetectedLocality,
            result.DetectedDate,
            new DocumentAnalysisVersions(
                analysis.Generation,
                analysis.AnalysedAt,
                analysis.WordTokens,
                analysis.LexiconVersion,
                analysis.TaxonomyVersion,
                analysis.InstrumentRulesVersion,
                analysis.GazetteerVersion,
                analysis.AnalysisVersion));
    }
}
