using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store;

namespace Dashboard.Data.Queries;

/// <summary>
/// The compare page's ready model: the picked groups (localities or provinces) among the documents in view, their
/// theme profiles, theme × instrument counts and priorities, their distinctive terms (pairwise, or one group
/// against the rest) and their TF-IDF similarity, with the analysis' warnings. Reads the cached snapshot and the
/// stored word counts and results; nothing is segmented again.
/// </summary>
public sealed class ComparisonQueries(Func<DashboardDbContext> contexts, CorpusSnapshotCache snapshots, ActiveAnalysis analysis)
{
    /// <summary>With nothing picked, the localities in view are compared when there are this many or fewer (and at least two).</summary>
    public const int MaxDefaultGroups = 6;

    /// <summary>Distinctive terms shown for each side.</summary>
    public const int TopTerms = 15;

    private readonly ComparisonDocuments _documents = new(contexts);

    /// <summary>Reads what comparisons need of every document in the snapshot not yet read (at start and after each
    /// change, in the background), so no comparison waits for the store.</summary>
    public async Task WarmAsync(CancellationToken cancellationToken = default) =>
        await _documents.WarmAsync(await snapshots.GetAsync(cancellationToken), cancellationToken);

    public async Task<ComparisonModel> CompareAsync(DashboardFilter filter, IReadOnlyList<ComparisonGroupRef> picked, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var resources = analysis.Resources;
        var inView = snapshot.Documents.Where(filter.Matches).ToList();
        var localitiesInView = DefaultGroups(inView);

        var selection = ComparisonSelectionState.Picked;
        var refs = picked;
        if (refs.Count == 0)
        {
            selection = localitiesInView.Count is >= 2 and <= MaxDefaultGroups ? ComparisonSelectionState.Default : ComparisonSelectionState.NeedsPicking;
            refs = selection == ComparisonSelectionState.Default ? localitiesInView : [];
        }

        var themeIds = filter.ThemeIds.Count > 0
            ? [.. resources.Taxonomy.Themes.Select(t => t.Id).Where(filter.ThemeIds.Contains)]
            : resources.Taxonomy.Themes.Select(t => t.Id).ToList();
        var typeIds = InstrumentMixes.TypeIds(resources.Rules);

        var members = refs.Select(r => (Ref: r, Documents: inView.Where(d => IsMember(r, d)).ToList())).ToList();
        var empty = members.Where(m => m.Documents.Count == 0).Select(m => m.Ref).ToList();
        members = [.. members.Where(m => m.Documents.Count > 0)];
        var rest = members.Count == 1 ? inView.Except(members[0].Documents).ToList() : [];

        var details = await _documents.GetAsync(snapshot, members.SelectMany(m => m.Documents).Concat(rest), cancellationToken);
        var groups = members.Select(m => Group(m.Ref, m.Documents, details, themeIds, typeIds, resources.Gazetteer)).ToList();
        var termGroups = members.Select(m => TermGroupOf(m.Ref.Token, m.Documents, details)).ToList();

        var terms = new List<ComparisonTerms>();
        var tokens = termGroups.ToDictionary(g => g.Name, g => g.TokenCount, StringComparer.Ordinal);
        var warnings = termGroups.SelectMany(g => ComparisonWarnings.ForGroup(g)).ToList();
        if (termGroups.Count == 1)
        {
            var restGroup = TermGroupOf(RestName(termGroups[0].Name), rest, details);
            warnings.AddRange(ComparisonWarnings.ForGroup(restGroup));
            tokens[restGroup.Name] = restGroup.TokenCount;
            if (restGroup.DocumentCount > 0)
            {
                AddAgainstRest(terms, warnings, tokens, DistinctiveTermAnalysis.OneAgainstRest([termGroups[0], restGroup]).Take(1), [restGroup]);
            }
        }
        else if (termGroups.Count > 1)
        {
            foreach (var pair in DistinctiveTermAnalysis.Pairwise(termGroups))
            {
                terms.Add(new ComparisonTerms(pair.GroupA, pair.GroupB, pair.TopFor(ComparisonSide.A, TopTerms), pair.TopFor(ComparisonSide.B, TopTerms), pair.Warnings));
                warnings.AddRange(pair.Warnings);
            }

            if (termGroups.Count > 2)
            {
                AddAgainstRest(terms, warnings, tokens, DistinctiveTermAnalysis.OneAgainstRest(termGroups), termGroups);
            }
        }

        var similarity = termGroups.Count > 1 ? TfIdfSimilarity.Compute(termGroups, word => resources.Idf[word]) : null;
        return new ComparisonModel(
            selection,
            themeIds,
            typeIds,
            groups,
            empty,
            terms,
            similarity,
            [.. warnings.DistinctBy(w => (w.Kind, w.Group, w.Term))],
            tokens,
            localitiesInView.Count);
    }

    /// <summary>Every province and locality of the corpus, provinces first, for the picker.</summary>
    public async Task<IReadOnlyList<ComparisonChoice>> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var resources = analysis.Resources;
        var choices = FilterChoices.Build(await snapshots.GetAsync(cancellationToken), resources.Taxonomy, resources.Gazetteer);
        return
        [
            .. choices.Provinces.Select(p => new ComparisonChoice(new ComparisonGroupRef(ComparisonGroupKind.Province, p.Code), p.Name, p.EnglishName, p.Pinyin)),
            .. choices.Localities.Select(l => new ComparisonChoice(new ComparisonGroupRef(ComparisonGroupKind.Locality, l.Code), l.Name, l.EnglishName, l.Pinyin)),
        ];
    }

    /// <summary>Choices whose Chinese name, pinyin or English name starts with or contains the query, best first.</summary>
    public static IReadOnlyList<ComparisonChoice> Search(IReadOnlyList<ComparisonChoice> choices, string? query, int limit = 30)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [.. choices.Take(limit)];
        }

        var q = query.Trim();
        var ascii = new string([.. q.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
        return [.. choices
            .Select((c, i) => (Choice: c, Order: i, Rank: Rank(c, q, ascii)))
            .Where(x => x.Rank < int.MaxValue)
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Order)
            .Take(limit)
            .Select(x => x.Choice)];
    }

    /// <summary>The name the rest of the documents get when one group is compared with them.</summary>
    public static string RestName(string token) => "rest:" + token;

    private static int Rank(ComparisonChoice choice, string query, string ascii)
    {
        if (choice.Name.StartsWith(query, StringComparison.Ordinal))
        {
            return 0;
        }

        if (ascii.Length > 0 && (choice.Pinyin.StartsWith(ascii, StringComparison.Ordinal) || choice.EnglishName.StartsWith(query, StringComparison.OrdinalIgnoreCase)))
        {
            return 1;
        }

        if (choice.Name.Contains(query, StringComparison.Ordinal))
        {
            return 2;
        }

        return ascii.Length > 0 && (choice.Pinyin.Contains(ascii, StringComparison.Ordinal) || choice.EnglishName.Contains(query, StringComparison.OrdinalIgnoreCase))
            ? 3
            : int.MaxValue;
    }

    /// <summary>The localities in view, a county folded into its prefecture when both are there.</summary>
    private static List<ComparisonGroupRef> DefaultGroups(IReadOnlyList<SnapshotDocument> inView)
    {
        var places = inView.Select(d => d.Place).OfType<Analysis.Places.Division>().DistinctBy(p => p.Code).ToList();
        var codes = places.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        return [.. places
            .Where(p => p.ParentCode is null || !codes.Contains(p.ParentCode))
            .OrderBy(p => p.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new ComparisonGroupRef(ComparisonGroupKind.Locality, p.Code))];
    }

    private static bool IsMember(ComparisonGroupRef group, SnapshotDocument document) =>
        document.Place is { } place && (group.Kind == ComparisonGroupKind.Province
            ? place.ProvinceCode == group.Code
            : place.Code == group.Code || place.ParentCode == group.Code);

    private static TermGroup TermGroupOf(string name, IReadOnlyList<SnapshotDocument> documents, IReadOnlyDictionary<string, ComparisonDocument> details) =>
        ComparisonDocuments.Sum(name, documents, details);

    private static void AddAgainstRest(
        List<ComparisonTerms> terms,
        List<ComparisonWarning> warnings,
        Dictionary<string, long> tokens,
        IEnumerable<DistinctiveTerms> comparisons,
        IReadOnlyList<TermGroup> groups)
    {
        foreach (var comparison in comparisons)
        {
            // The analysis names the other side "all but …"; the page names it from the group's token.
            var rest = RestName(comparison.GroupA);
            var restTokens = groups.Where(g => g.Name != comparison.GroupA).Sum(g => g.TokenCount);
            tokens[rest] = restTokens;
            var renamed = comparison.Warnings.Select(w => w.Group == comparison.GroupB ? w with { Group = rest } : w).ToList();
            terms.Add(new ComparisonTerms(comparison.GroupA, null, comparison.TopFor(ComparisonSide.A, TopTerms), comparison.TopFor(ComparisonSide.B, TopTerms), renamed));
            warnings.AddRange(renamed);
        }
    }

    private static ComparisonGroup Group(
        ComparisonGroupRef group,
        IReadOnlyList<SnapshotDocument> documents,
        IReadOnlyDictionary<string, ComparisonDocument> details,
        IReadOnlyList<string> themeIds,
        IReadOnlyList<string> typeIds,
        Analysis.Places.Gazetteer gazetteer)
    {
        var place = gazetteer.Find(group.Code);
        var tokens = documents.Sum(d => d.WordTokens);
        var allHits = documents.Sum(d => d.ThemeHits.Values.Sum());
        var themes = themeIds.Select(id =>
        {
            var hits = documents.Sum(d => d.ThemeHits.GetValueOrDefault(id));
            return new ThemeCell(id, hits, tokens == 0 ? 0 : hits * 1000.0 / tokens, allHits == 0 ? 0 : (double)hits / allHits, documents.Count(d => d.ThemeHits.GetValueOrDefault(id) > 0));
        }).ToList();

        var own = documents.Where(d => details.ContainsKey(d.PublicId)).Select(d => (d.PublicId, Detail: details[d.PublicId])).ToList();

        // Each document's pairs added once, not looked up once per cell.
        var pairs = new Dictionary<(string ThemeId, string TypeId), int>();
        foreach (var (_, detail) in own)
        {
            foreach (var (pair, count) in detail.ThemeInstruments)
            {
                pairs[pair] = pairs.GetValueOrDefault(pair) + count;
            }
        }

        var matrix = new ThemeInstrumentMatrix(
            group.Token,
            themeIds,
            typeIds,
            [.. themeIds.Select(theme => (IReadOnlyList<int>)[.. typeIds.Select(type => pairs.GetValueOrDefault((theme, type)))])]);

        var priorities = own
            .SelectMany(d => d.Detail.Priorities.Select(p => (d.PublicId, Priority: p)))
            .GroupBy(x => (x.Priority.Kind, x.Priority.Group, x.Priority.Item))
            .Select(g =>
            {
                var (id, p) = g.First();
                return new ComparisonPriority(p.Kind, p.Item, p.Group, p.Number, p.Quantity, p.Unit, p.Year, id, p.SentenceIndex, p.Start, p.Length, g.Select(x => x.PublicId).Distinct(StringComparer.Ordinal).Count());
            })
            .OrderBy(p => p.Kind)
            .ToList();

        return new ComparisonGroup(group, place?.Name ?? group.Code, place?.EnglishName ?? group.Code, documents.Count, tokens, themes, matrix, priorities);
    }
}
