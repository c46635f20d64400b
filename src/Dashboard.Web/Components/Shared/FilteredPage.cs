using Dashboard.Data.Queries;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Dashboard.Web.Components.Shared;

/// <summary>
/// A page whose content follows the filter in the URL: loads on first render, again when the address changes (the
/// filter bar, the back button, a shared link) and again when the corpus changes.
/// </summary>
public abstract class FilteredPage : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private string? _loadedUri;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    protected FilterNavigation Filters { get; set; } = null!;

    [Inject]
    protected CorpusSnapshotCache Snapshots { get; set; } = null!;

    [Inject]
    protected EvidencePanelState EvidencePanel { get; set; } = null!;

    protected DashboardFilter Filter { get; private set; } = DashboardFilter.All;

    /// <summary>Set when loading failed; pages show it instead of their content.</summary>
    protected string? LoadError { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        _subscription = Snapshots.Subscribe(() => InvokeAsync(ReloadAsync));
        await ReloadAsync();
    }

    /// <summary>Reads the page's data for <see cref="Filter"/>.</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected async Task ReloadAsync()
    {
        _loadedUri = Navigation.Uri;
        Filter = Filters.Current;
        try
        {
            LoadError = null;
            await LoadAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Data.Common.DbException)
        {
            LoadError = ex.Message;
        }

        StateHasChanged();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (e.Location != _loadedUri)
        {
            _ = InvokeAsync(ReloadAsync);
        }
    }

    public virtual void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
