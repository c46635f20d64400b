using Dashboard.Data.Queries;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Documents;

/// <summary>The document list: the filter bar's documents, searched, sorted and paged, all kept in the URL.</summary>
public partial class Documents
{
    private DocumentListRequest _request = DocumentListRequest.Default;
    private DocumentListPage? _page;
    private string? _search;

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        _request = DocumentListRequest.Parse(FilterNavigation.Query(Navigation.Uri));
        _search = _request.Query;
        _page = await Queries.ListAsync(Filter, _request, cancellationToken);
    }

    private void SearchChanged(string? search)
    {
        if ((search ?? "").Trim() != (_request.Query ?? ""))
        {
            Show(_request with { Query = string.IsNullOrWhiteSpace(search) ? null : search.Trim(), Page = 1 });
        }
    }

    private void SortBy(DocumentSort sort) => Show(_request.SortedBy(sort));

    private void GoToPage(int page) => Show(_request with { Page = page });

    // The filter bar's parameters stay; only the list's own change.
    private void Show(DocumentListRequest request) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(request.ToQuery()));
}
