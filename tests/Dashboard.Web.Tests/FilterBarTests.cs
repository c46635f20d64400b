using Dashboard.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

public sealed class FilterBarTests : DashboardTestContext
{
    [Fact]
    public async Task Filter_bar_offers_the_provinces_of_the_corpus()
    {
        var bar = Render<FilterBar>();

        bar.WaitForAssertion(() => Assert.NotNull(bar.Find("[data-testid=filter-province]")));
        var province = bar.FindComponents<MudBlazor.MudSelect<string>>().First(s => s.Instance.Label == "Province");
        var choices = await Services.GetRequiredService<Dashboard.Data.Queries.DashboardQueries>().FilterChoicesAsync();
        Assert.Equal(["230000", "440000"], choices.Provinces.Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.NotNull(province);
    }

    [Fact]
    public void Choosing_a_province_puts_it_in_the_URL()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var bar = Render<FilterBar>();
        bar.WaitForAssertion(() => bar.Find("[data-testid=filter-province]"));
        var province = bar.FindComponents<MudBlazor.MudSelect<string>>().First(s => s.Instance.Label == "Province");

        bar.InvokeAsync(() => province.Instance.SelectedValuesChanged.InvokeAsync(new HashSet<string> { "230000" }));

        Assert.Contains("province=230000", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Localities_are_found_by_Chinese_pinyin_or_English_name()
    {
        var choices = await Services.GetRequiredService<Dashboard.Data.Queries.DashboardQueries>().FilterChoicesAsync();

        Assert.Equal("231200", Assert.Single(choices.SearchLocalities("绥化", new HashSet<string>())).Code);
        Assert.Equal("231200", Assert.Single(choices.SearchLocalities("suihua", new HashSet<string>())).Code);
        Assert.Equal("441900", Assert.Single(choices.SearchLocalities("Dongg", new HashSet<string>())).Code);
        Assert.Empty(choices.SearchLocalities("suihua", new HashSet<string> { "440000" }));
    }

    [Fact]
    public void Clearing_the_filters_returns_to_the_unfiltered_view()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/?province=230000");
        var bar = Render<FilterBar>();

        bar.WaitForElement("[data-testid=filter-clear]").Click();

        Assert.DoesNotContain("province", navigation.Uri, StringComparison.Ordinal);
    }
}
