using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// The README's path for folders: `dashboard import` into the store of the running app. The open page shows the
/// new document without a reload. Its own app, so the shared one keeps exactly the two seeds.
/// </summary>
[Collection(IsolatedAppCollection.Name)]
public sealed class ExternalImportTests(IsolatedAppFixture app)
{
    [Fact]
    public async Task A_document_imported_from_the_command_line_while_the_app_runs_appears_on_the_open_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/documents");
        var count = page.Locator("[data-testid=document-count]");
        await Assertions.Expect(count).ToContainTextAsync("2 documents");

        var folder = Directory.CreateTempSubdirectory("dashboard-e2e-import-").FullName;
        await File.WriteAllTextAsync(
            Path.Combine(folder, "ningbo.txt"),
            "宁波市委召开常委会会议\n3月12日，宁波市委召开常委会会议，研究部署加快发展新质生产力，强调要做强绿色石化、汽车制造等产业集群。");
        var (exitCode, output) = await DashboardAppFixture.RunCliAsync("import", folder, "--data", app.DataDirectory);
        Assert.True(exitCode == 0, output);
        Assert.Contains("1 imported", output, StringComparison.Ordinal);

        await Assertions.Expect(count).ToContainTextAsync("3 documents", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=document-table]")).ToContainTextAsync("宁波市委召开常委会会议");
        Directory.Delete(folder, recursive: true);
    }
}
