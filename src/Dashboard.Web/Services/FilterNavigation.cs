using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Services;

/// <summary>The filter lives in the URL: read it from the current address, and change it by navigating.</summary>
public sealed class FilterNavigation(NavigationManager navigation)
{
    public DashboardFilter Current => FilterQueryString.Parse(Query(navigation.Uri));

    /// <summary>The current query string's filter parameters, to carry the filter onto links to other pages.</summary>
    public string CurrentQueryString => FilterQueryString.ToQueryString(Current);

    public void NavigateTo(DashboardFilter filter)
    {
        var parameters = FilterQueryString.Format(filter).ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal);
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(parameters));
    }

    /// <summary>A link to another page that keeps the filter in view.</summary>
    public string Link(string path) => path + CurrentQueryString;

    public static IReadOnlyDictionary<string, string?> Query(string uri)
    {
        var query = new Uri(uri).Query;
        return QueryHelpers.ParseQuery(query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(), StringComparer.Ordinal);
    }
}
