using Bunit;
using Dashboard.Data.Queries;
using ReportsPage = Dashboard.Web.Components.Pages.Reports.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

public sealed class ReportBuilderTests : DashboardTestContext
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The PDF renderer asks the server for its address; no browser is launched by rendering the builder.
        Services.AddSingleton<IServer, NoServer>();
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
    }

    private IRenderedComponent<ReportsPage> RenderBuilder(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var page = Render<ReportsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=saved-views]"), TimeSpan.FromSeconds(20));
        return page;
    }

    [Fact]
    public void Builder_carries_the_filter_and_groups_from_the_URL_into_its_links()
    {
        var page = RenderBuilder("/reports?groups=441900,231200&kind=meeting-release&lang=zh&title=Two%20cities");

        var pdf = page.Find("[data-testid=report-xlsx]").GetAttribute("href") ?? "";
        Assert.StartsWith("/reports/xlsx?", pdf, StringComparison.Ordinal);
        var request = ReportRequest.Parse(Query(pdf));
        Assert.Equal(["441900", "231200"], request.Groups.Select(g => g.Token));
        Assert.Equal("Two cities", request.Title);
        Assert.True(request.IsChinese);
        Assert.Equal([Dashboard.Analysis.Documents.DocumentKind.MeetingRelease], request.Filter.Kinds);
    }

    [Fact]
    public void Unticking_a_section_leaves_it_out_of_the_report_link()
    {
        var page = RenderBuilder("/reports?groups=441900,231200");
        var evidence = page.Find("input[data-testid=section-evidence], [data-testid=section-evidence] input");

        evidence.Change(false);

        page.WaitForAssertion(() =>
        {
            var request = ReportRequest.Parse(Query(page.Find("[data-testid=report-open]").GetAttribute("href") ?? ""));
            Assert.False(request.Has(ReportSections.Evidence));
            Assert.True(request.Has(ReportSections.Method));
            Assert.True(request.Has(ReportSections.Priorities));
        });
    }

    [Fact]
    public void Anonymous_readers_cannot_save_a_view()
    {
        var page = RenderBuilder("/reports?groups=441900,231200");

        Assert.Empty(page.FindAll("[data-testid=saved-save]"));
        Assert.Contains("signing in as an editor", page.Find("[data-testid=saved-views]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Editor_saves_the_view_and_it_is_listed()
    {
        SignInAsEditor();
        var page = RenderBuilder("/reports?groups=441900,231200");

        page.Find("input[data-testid=saved-name], [data-testid=saved-name] input").Change("Dongguan and Suihua");
        page.Find("[data-testid=saved-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Dongguan and Suihua", page.Find("[data-testid=saved-list]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_PDF_refused_because_too_many_are_being_made_is_said_on_the_builder_with_the_wait()
    {
        JSInterop.Setup<ReportsPage.DownloadResult?>("dashboard.downloadUrl", _ => true).SetResult(new ReportsPage.DownloadResult(429, 30));
        var page = RenderBuilder("/reports?groups=441900,231200");
        var button = page.Find("[data-testid=report-pdf]");
        Assert.StartsWith("/reports/pdf?", button.GetAttribute("data-href"), StringComparison.Ordinal);

        button.Click();

        page.WaitForAssertion(() => Assert.Contains("try again in 30 seconds", page.Find("[data-testid=report-pdf-problem]").TextContent, StringComparison.Ordinal));
        var call = Assert.Single(JSInterop.Invocations, i => i.Identifier == "dashboard.downloadUrl");
        Assert.StartsWith("/reports/pdf?", call.Arguments[0] as string, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PDF_made_leaves_no_message()
    {
        JSInterop.Setup<ReportsPage.DownloadResult?>("dashboard.downloadUrl", _ => true).SetResult(new ReportsPage.DownloadResult(200, 0));
        var page = RenderBuilder("/reports?groups=441900,231200");

        page.Find("[data-testid=report-pdf]").Click();

        page.WaitForAssertion(() => Assert.Contains("Download PDF", page.Find("[data-testid=report-pdf]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=report-pdf-problem]"));
    }

    private static Dictionary<string, string?> Query(string link)
    {
        var query = link.Contains('?', StringComparison.Ordinal) ? link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(), StringComparer.Ordinal);
    }

    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
