using Dashboard.Web.Components;
using Dashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();
await app.Services.PrepareStoreAsync();
app.UseDashboard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();

/// <summary>The entry point, visible to the end-to-end tests' host.</summary>
public partial class Program;
