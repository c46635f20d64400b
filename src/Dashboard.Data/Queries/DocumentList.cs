using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>One row of the document list: a document's metadata and counts, no text.</summary>
public sealed record DocumentListRow(
    string PublicId,
    string Title,
    Division? Place,
    Division? Province,
    PolicyDate Date,
    DocumentKind Kind,
    int WordTokens,
    string? TopThemeId,
    int TopThemeHits,
    bool Synthetic)
{
    /// <summary>The locality is an unconfirmed suggestion.</summary>
    public bool LocalitySuggested { get; init; }
}

/// <summary>One page of the document list, and how many documents match in all.</summary>
public sealed record DocumentListPage(IReadOnlyList<DocumentListRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The document list from the snapshot: the filter bar's documents, narrowed by a search of titles and locality
/// names (and of texts, whose matches the caller reads from the store), sorted and cut into a page. No database.
/// </summary>
public static class DocumentList
{
    /// <param name="search">The request's search terms with the documents whose text contains each; a document must
    /// match every term, in its title, its locality's names or its text.</param>
    public static DocumentListPage Build(CorpusSnapshot snapshot, Gazetteer gazetteer, DashboardFilter filter, DocumentListRequest request, IReadOnlyList<SearchTerm> search)
    {
        var rows = snapshot.Documents
            .Where(filter.Matches)
            .Where(d => search.All(term => term.TextMatches.Contains(d.PublicId) || MatchesMetadata(d, gazetteer, term.Raw) || MatchesMetadata(d, gazetteer, term.Normalised)))
            .Select(d => ToRow(d, gazetteer))
            .ToList();
        var sorted = Sort(rows, request.Sort, request.Descending);
        var pageSize = Math.Max(1, request.PageSize);
        var pageCount = Math.Max(1, (rows.Count + pageSize - 1) / pageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        return new DocumentListPage([.. sorted.Skip((page - 1) * pageSize).Take(pageSize)], rows.Count, page, pageSize);
    }

    private static DocumentListRow ToRow(SnapshotDocument d, Gazetteer gazetteer)
    {
        var top = d.ThemeHits.Where(t => t.Value > 0).OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault();
        return new DocumentListRow(
            d.PublicId,
            d.Title,
            d.Place,
            d.Place is { } place ? gazetteer.Find(place.ProvinceCode) : null,
            d.Date,
            d.Kind,
            d.WordTokens,
            top.Key,
            top.Value,
            d.Synthetic)
        {
            LocalitySuggested = d.LocalitySuggested,
        };
    }

    private static bool MatchesMetadata(SnapshotDocument d, Gazetteer gazetteer, string term)
    {
        if (d.Title.Contains(term, StringComparison.OrdinalIgnoreCase) || d.PublicId.Equals(term, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (d.Place is not { } place)
        {
            return false;
        }

        return MatchesPlace(place, term) || (gazetteer.Find(place.ProvinceCode) is { } province && province.Code != place.Code && MatchesPlace(province, term));
    }

    private static bool MatchesPlace(Division place, string term) =>
        place.Name.Contains(term, StringComparison.Ordinal)
        || place.EnglishName.Contains(term, StringComparison.OrdinalIgnoreCase)
        || (SearchTerm.Ascii(term) is { Length: >= 2 } ascii && place.Pinyin.StartsWith(ascii, StringComparison.Ordinal))
        || place.Code == term;

    private static IEnumerable<DocumentListRow> Sort(List<DocumentListRow> rows, DocumentSort sort, bool descending)
    {
        // Rows without the sorted value (no date, no locality, no theme) come last either way.
        IOrderedEnumerable<DocumentListRow> ordered = sort switch
        {
            DocumentSort.Title => By(rows.OrderBy(r => 0), r => r.Title, descending, StringComparer.Ordinal),
            DocumentSort.Locality => By(rows.OrderBy(r => r.Place is null), r => r.Place?.Pinyin ?? "", descending, StringComparer.Ordinal),
            DocumentSort.Province => By(rows.OrderBy(r => r.Province is null), r => r.Province?.Pinyin ?? "", descending, StringComparer.Ordinal)
                .ThenBy(r => r.Place?.Pinyin ?? "", StringComparer.Ordinal),
            DocumentSort.Kind => By(rows.OrderBy(r => 0), r => FilterQueryString.Slug(r.Kind), descending, StringComparer.Ordinal),
            DocumentSort.Words => By(rows.OrderBy(r => 0), r => r.WordTokens, descending, Comparer<int>.Default),
            DocumentSort.TopTheme => By(rows.OrderBy(r => r.TopThemeId is null), r => r.TopThemeId ?? "", descending, StringComparer.Ordinal)
                .ThenByDescending(r => r.TopThemeHits),
            _ => By(rows.OrderBy(r => r.Date.EarliestDay is null), r => r.Date.EarliestDay ?? DateOnly.MinValue, descending, Comparer<DateOnly>.Default),
        };
        return ordered.ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.PublicId, StringComparer.Ordinal);
    }

    private static IOrderedEnumerable<DocumentListRow> By<TKey>(IOrderedEnumerable<DocumentListRow> rows, Func<DocumentListRow, TKey> key, bool descending, IComparer<TKey> comparer) =>
        descending ? rows.ThenByDescending(key, comparer) : rows.ThenBy(key, comparer);
}
