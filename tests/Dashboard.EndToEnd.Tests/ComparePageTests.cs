using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

[Collection(DashboardAppCollection.Name)]
public sealed class ComparePageTests(DashboardAppFixture app)
{
    private static readonly string[] SuihuaClusters = ["生物发酵", "食品加工", "电子装备", "精细化工", "医药制造", "麻纺制品"];

    [Fact]
    public async Task Compare_shows_Suihua_six_clusters_in_the_priorities_table()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/compare?groups=441900,231200");
        Assert.True(response?.Ok, $"/compare answered {response?.Status}");

        var priorities = page.Locator("[data-testid*=priorit]").First;
        await priorities.WaitForAsync();
        foreach (var cluster in SuihuaClusters)
        {
            await Assertions.Expect(priorities).ToContainTextAsync(cluster);
        }

        await page.ScreenshotAsync("compare-dongguan-suihua");
    }
}
