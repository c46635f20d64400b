using Dashboard.Data.Queries;

namespace Dashboard.Web.Services;

/// <summary>
/// Which evidence the side panel shows, for one user's circuit. A chart click calls <see cref="Show"/>; the panel
/// listens and loads the sentences.
/// </summary>
public sealed class EvidencePanelState
{
    public event Action? Changed;

    public bool IsOpen { get; private set; }

    public string Title { get; private set; } = "";

    public EvidenceRequest? Request { get; private set; }

    public DashboardFilter Filter { get; private set; } = DashboardFilter.All;

    public void Show(string title, EvidenceRequest request, DashboardFilter filter)
    {
        Title = title;
        Request = request;
        Filter = filter;
        IsOpen = true;
        Changed?.Invoke();
    }

    public void Close()
    {
        IsOpen = false;
        Changed?.Invoke();
    }
}
