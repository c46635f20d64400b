using Dashboard.Analysis.Corpus;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Web.Reports;
using Dashboard.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using StoreOptions = Dashboard.Data.Store.StoreOptions;

namespace Dashboard.Web.Hosting;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Everything the dashboard needs: the store, the analysis, the queries, sign-in, localisation and UI.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDashboardCore(configuration);
        services.AddDashboardHost();
        services.AddReportRateLimiting(configuration);
        return services;
    }

    /// <summary>
    /// The store, the analysis, the queries and the per-user UI state: what pages use. Component tests call this
    /// (with their own AnalysisResources registered first, loaded once per test run) without the web host's parts.
    /// </summary>
    public static IServiceCollection AddDashboardCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidation>();
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section));
        services.AddOptions<ImportLimits>().Bind(configuration.GetSection("Dashboard:Import"));

        services.AddSingleton<Func<DashboardDbContext>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            return () => DashboardDbContextFactory.Create(options);
        });
        services.AddScoped(sp => sp.GetRequiredService<Func<DashboardDbContext>>()());
        // An edited taxonomy (themes.json in the data directory) overrides the built-in one at start.
        services.AddSingleton(sp => TaxonomyStore.For(sp.GetRequiredService<IOptions<StoreOptions>>().Value));
        services.TryAddSingleton(sp => AnalysisResources.Load(sp.GetRequiredService<TaxonomyStore>().Load(), Dashboard.Analysis.Instruments.InstrumentRules.LoadDefault()));
        services.AddSingleton(sp => sp.GetRequiredService<AnalysisResources>().Gazetteer);
        // Taxonomy edits swap the analysis in force: take the store and analyzer from ActiveAnalysis at each use.
        services.AddSingleton(sp => new ActiveAnalysis(sp.GetRequiredService<Func<DashboardDbContext>>(), sp.GetRequiredService<AnalysisResources>()));
        services.AddSingleton(sp => new DocumentFileReader(sp.GetRequiredService<IOptions<ImportLimits>>().Value));
        services.AddSingleton<CorpusSnapshotCache>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<EvidenceQueries>();
        services.AddSingleton<DocumentQueries>();
        services.AddSingleton<ThemeQueries>();
        services.AddSingleton<ThemePreviewer>();
        services.AddSingleton<ReanalysisRunner>();
        services.AddSingleton<ComparisonQueries>();
        services.AddSingleton<ReportQueries>();
        services.AddSingleton<SavedViews>();
        services.AddSingleton<Reports.ReportPdf>();
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<EditorAccess>();
        services.AddScoped<Components.Pages.Documents.DocumentWrites>();
        services.AddScoped<ImportSession>();
        services.AddScoped<FilterNavigation>();
        services.AddScoped<EvidencePanelState>();

        services.AddLocalization();
        return services;
    }

    /// <summary>Sign-in, antiforgery, languages and the Blazor/MudBlazor host.</summary>
    public static IServiceCollection AddDashboardHost(this IServiceCollection services)
    {
        services.AddIdentityCore<IdentityUser>(EditorAccounts.Configure)
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/login";
            cookie.Cookie.Name = "dashboard.editor";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorizationBuilder().AddPolicy(EditorAccess.Policy, policy => policy.RequireAuthenticatedUser());
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();

        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures.English)
                .AddSupportedCultures(Cultures.Supported)
                .AddSupportedUICultures(Cultures.Supported);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });

        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
        });
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddHostedService<StoreChangeMonitor>();
        services.AddHostedService<QueryWarmUp>();
        return services;
    }
}
