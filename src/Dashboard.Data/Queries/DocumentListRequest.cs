using System.Globalization;

namespace Dashboard.Data.Queries;

/// <summary>The columns the document list sorts by.</summary>
public enum DocumentSort
{
    Date,
    Title,
    Locality,
    Province,
    Kind,
    Words,
    TopTheme,
}

/// <summary>
/// What the document list shows of the documents in view: a search, a sort and a page. Kept in the URL beside the
/// filter bar's parameters (<c>q</c>, <c>sort</c>, <c>page</c>), so a list is a link that reopens exactly as shared.
/// </summary>
public sealed record DocumentListRequest
{
    public const string QueryKey = "q";
    public const string SortKey = "sort";
    public const string PageKey = "page";
    public const int DefaultPageSize = 50;

    public static DocumentListRequest Default { get; } = new();

    /// <summary>Words to look for in titles, texts and locality names; null or blank for all.</summary>
    public string? Query { get; init; }

    public DocumentSort Sort { get; init; } = DocumentSort.Date;

    public bool Descending { get; init; } = true;

    /// <summary>1-based; a page past the end shows the last one.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Reads the list's parameters from a URL query; values that do not parse fall back to the defaults.</summary>
    public static DocumentListRequest Parse(IReadOnlyDictionary<string, string?> query)
    {
        var request = new DocumentListRequest();
        if (query.TryGetValue(QueryKey, out var q) && !string.IsNullOrWhiteSpace(q))
        {
            request = request with { Query = q.Trim() };
        }

        if (query.TryGetValue(SortKey, out var sort) && sort is not null)
        {
            var descending = sort.EndsWith("-desc", StringComparison.OrdinalIgnoreCase);
            var name = descending ? sort[..^"-desc".Length] : sort;
            var bySlug = Enum.GetValues<DocumentSort>().ToDictionary(FilterQueryString.Slug, s => s, StringComparer.OrdinalIgnoreCase);
            if (bySlug.TryGetValue(name, out var parsed))
            {
                request = request with { Sort = parsed, Descending = descending };
            }
        }

        if (query.TryGetValue(PageKey, out var page) && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            request = request with { Page = number };
        }

        return request;
    }

    /// <summary>The sort as the URL writes it: "date-desc", "title".</summary>
    public string SortSlug => FilterQueryString.Slug(Sort) + (Descending ? "-desc" : "");

    /// <summary>The list's URL parameters; defaults are left out (null) so a plain list has a clean URL.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        [QueryKey] = string.IsNullOrWhiteSpace(Query) ? null : Query,
        [SortKey] = Sort == Default.Sort && Descending == Default.Descending ? null : SortSlug,
        [PageKey] = Page <= 1 ? null : Page.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The same list sorted by <paramref name="sort"/>: a second click on the sorted column reverses it.</summary>
    public DocumentListRequest SortedBy(DocumentSort sort) => sort == Sort
        ? this with { Descending = !Descending, Page = 1 }
        : this with { Sort = sort, Descending = sort is DocumentSort.Date or DocumentSort.Words, Page = 1 };
}
