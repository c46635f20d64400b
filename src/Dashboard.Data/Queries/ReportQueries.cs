using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Instruments;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The report's ready model: the overview of the documents in view, the comparison of the picked groups (or of the
/// localities in view), the key sentences of each theme in each group, the source documents and the method. Reuses
/// the overview, comparison and evidence queries, so a report says what the pages say.
/// </summary>
public sealed class ReportQueries(
    Func<DashboardDbContext> contexts,
    CorpusSnapshotCache snapshots,
    ActiveAnalysis analysis,
    ComparisonQueries comparisons,
    EvidenceQueries evidence,
    TimeProvider clock)
{
    public async Task<ReportModel> BuildAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        var resources = analysis.Resources;
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var overview = OverviewQuery.Build(snapshot, resources.Taxonomy, resources.Rules, resources.Gazetteer, request.Filter);
        var comparison = await comparisons.CompareAsync(request.Filter, request.Groups, cancellationToken);
        var members = comparison.Groups.ToDictionary(
            g => g.Token,
            g => snapshot.Documents.Where(d => request.Filter.Matches(d) && IsMember(g.Ref, d)).ToList(),
            StringComparer.Ordinal);

        var sentences = request.Has(ReportSections.Evidence)
            ? await EvidenceAsync(request, comparison, cancellationToken)
            : [];
        var documents = request.Has(ReportSections.Documents) || request.Has(ReportSections.Summary)
            ? await DocumentsAsync(members.Values.SelectMany(d => d).DistinctBy(d => d.PublicId).ToList(), cancellationToken)
            : [];
        var settings = new ComparisonSettings();
        var method = new ReportMethod(
            resources.Versions,
            "log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)",
            settings.PriorStrength,
            settings.MinimumCount,
            ComparisonQueries.TopTerms,
            resources.Taxonomy.Themes.Count,
            comparison.InstrumentTypeIds.Count,
            clock.GetUtcNow());

        return new ReportModel(request, overview, comparison, sentences, documents, method)
        {
            GroupInstruments = members.ToDictionary(kv => kv.Key, kv => Instruments(kv.Value, resources.Rules), StringComparer.Ordinal),
        };
    }

    private async Task<IReadOnlyList<ReportEvidence>> EvidenceAsync(ReportRequest request, ComparisonModel comparison, CancellationToken cancellationToken)
    {
        var found = new List<ReportEvidence>();
        foreach (var group in comparison.Groups)
        {
            var filter = group.Ref.Kind == ComparisonGroupKind.Province
                ? request.Filter with { ProvinceCodes = new HashSet<string>(StringComparer.Ordinal) { group.Ref.Code } }
                : request.Filter;
            var codes = group.Ref.Kind == ComparisonGroupKind.Locality ? [group.Ref.Code] : Array.Empty<string>();
            foreach (var theme in group.Themes.Where(t => t.Hits > 0))
            {
                var result = await evidence.FindAsync(filter, new EvidenceRequest { LocalityCodes = codes, ThemeId = theme.ThemeId, Limit = request.SentencesPerTheme }, cancellationToken);
                if (result.Sentences.Count > 0)
                {
                    found.Add(new ReportEvidence(group.Token, theme.ThemeId, result.Total, result.Sentences));
                }
            }
        }

        return found;
    }

    private async Task<IReadOnlyList<ReportDocument>> DocumentsAsync(IReadOnlyList<SnapshotDocument> documents, CancellationToken cancellationToken)
    {
        var ids = documents.Select(d => d.PublicId).ToList();
        await using var db = contexts();
        var sources = await db.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.PublicId))
            .Select(d => new { d.PublicId, d.SourceUrl, d.Issuer })
            .ToDictionaryAsync(d => d.PublicId, StringComparer.Ordinal, cancellationToken);
        return [.. documents
            .OrderBy(d => d.Place?.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(d => d.Place?.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Date.EarliestDay)
            .ThenBy(d => d.PublicId, StringComparer.Ordinal)
            .Select(d => new ReportDocument(
                d.PublicId,
                d.Title,
                d.Place?.Code,
                d.Place?.Name ?? Grouping.Unplaced.Name,
                d.Place?.EnglishName ?? Grouping.Unplaced.EnglishName,
                d.Date.Year is null ? "" : d.Date.ToString(),
                FilterQueryString.Slug(d.Kind),
                sources.GetValueOrDefault(d.PublicId)?.Issuer,
                sources.GetValueOrDefault(d.PublicId)?.SourceUrl))];
    }

    private static IReadOnlyDictionary<string, int> Instruments(IReadOnlyList<SnapshotDocument> documents, InstrumentRules rules) =>
        rules.Categories.Select(c => c.Id).Append(InstrumentType.NoneId).ToDictionary(
            c => c,
            c => documents.Sum(d => d.InstrumentClauses.Where(kv => (rules.FindType(kv.Key)?.CategoryId ?? InstrumentType.NoneId) == c).Sum(kv => kv.Value)),
            StringComparer.Ordinal);

    private static bool IsMember(ComparisonGroupRef group, SnapshotDocument document) =>
        document.Place is { } place && (group.Kind == ComparisonGroupKind.Province
            ? place.ProvinceCode == group.Code
            : place.Code == group.Code || place.ParentCode == group.Code);
}
