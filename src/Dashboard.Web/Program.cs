using Dashboard.Web.Components;
using Dashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Serve the static web assets (MudBlazor, Plotly, the root wwwroot/) from the build output in every environment, not
// only Development, so `dotnet Dashboard.Web.dll` from a build works as `dotnet run` does; a published app has them
// in its own wwwroot and the call does nothing.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();
await app.Services.PrepareStoreAsync();
app.UseDashboard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();

/// <summary>The entry point, visible to the end-to-end tests' host.</summary>
public partial class Program;
