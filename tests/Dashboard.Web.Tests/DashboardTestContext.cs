using System.Globalization;
using Bunit.TestDoubles;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Web.Hosting;
using Dashboard.Web.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

/// <summary>
/// The shared base of component tests: the app's own services (AddDashboardCore) over a real SQLite copy of the
/// seeded store, MudBlazor with loose JS interop (Plotly's calls are recorded and can be asserted), English culture,
/// and an anonymous user unless <see cref="SignInAsEditor"/> is called.
/// </summary>
public abstract class DashboardTestContext : BunitContext, IAsyncLifetime
{
    protected DashboardTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Anonymous by default, with no policy granted: editor-only content stays hidden.
        Auth = AddAuthorization();
    }

    protected BunitAuthorizationContext Auth { get; }

    protected StoreOptions StoreOptions { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        StoreOptions = await SeededStore.CopyAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Dashboard:Store:Provider"] = StoreOptions.Provider,
                ["Dashboard:Store:DataDirectory"] = StoreOptions.DataDirectory,
                ["Dashboard:LoadSeeds"] = "false",
            })
            .Build();
        Services.AddSingleton(SeededStore.Resources);
        Services.AddDashboardCore(configuration);
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
    }

    /// <summary>The signed-in editor, as after a successful sign-in.</summary>
    protected void SignInAsEditor(string name = "editor@example.org")
    {
        Auth.SetAuthorized(name);
        Auth.SetPolicies(EditorAccess.Policy);
    }

    protected CorpusSnapshotCache Snapshots => Services.GetRequiredService<CorpusSnapshotCache>();

    protected ActiveAnalysis Analysis => Services.GetRequiredService<ActiveAnalysis>();

    /// <summary>The calls the Plotly.Blazor interop made to draw charts.</summary>
    protected IReadOnlyList<JSRuntimeInvocation> PlotlyDrawCalls =>
        [.. JSInterop.Invocations.Where(i => i.Identifier is "newPlot" or "react")];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(StoreOptions.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow runner: the temp folder is cleaned by the system.
        }
    }
}
