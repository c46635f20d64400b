using System.Diagnostics;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>The Dongguan–Suihua report as a PDF: from the builder's Download PDF button and from a plain GET, in both languages.</summary>
[Collection(DashboardAppCollection.Name)]
public sealed class ReportPdfTests(DashboardAppFixture app)
{
    [Fact]
    public async Task Builder_download_pdf_button_gives_the_Dongguan_Suihua_report_with_page_numbers()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/reports?groups=441900,231200&lang=en");
        var button = page.Locator("[data-testid=report-pdf]");
        var href = await button.GetAttributeAsync("data-href") ?? throw new InvalidOperationException("The PDF button names no address.");
        Assert.StartsWith("/reports/pdf?", href, StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = 120_000 });
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var text = await CheckPdfAsync(await File.ReadAllBytesAsync(await download.PathAsync()), "builder-en");
        Assert.Equal(0, await page.Locator("[data-testid=report-pdf-problem]").CountAsync());

        Assert.Contains("Policy comparison report", text, StringComparison.Ordinal);
        Assert.Contains("Dongguan", text, StringComparison.Ordinal);
        Assert.Contains("Suihua", text, StringComparison.Ordinal);
        Assert.Contains("Method appendix", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chinese_pdf_by_GET_has_Chinese_headings()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(120) };
        var bytes = await http.GetByteArrayAsync("/reports/pdf?groups=441900,231200&lang=zh");
        var text = await CheckPdfAsync(bytes, "get-zh");

        Assert.Contains("政策比较报告", text, StringComparison.Ordinal);
        Assert.Contains("东莞市", text, StringComparison.Ordinal);
        Assert.Contains("绥化市", text, StringComparison.Ordinal);
        Assert.Contains("方法", text, StringComparison.Ordinal);
    }

    /// <summary>Saves the PDF, checks its text (clusters and "1 / N" page numbers) and that each page renders; returns the text.</summary>
    internal static async Task<string> CheckPdfAsync(byte[] pdf, string name)
    {
        Assert.True(pdf.Length > 10_000, "The PDF is suspiciously small.");
        var file = Path.Combine(DashboardAppFixture.ScreenshotDirectory, "report-" + name + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var text = await RunAsync("pdftotext", "-layout", file, "-");
        Assert.Contains("六大产业集群", text, StringComparison.Ordinal);
        var pages = System.Text.RegularExpressions.Regex.Matches(text, @"\b1 / (\d+)\b");
        Assert.NotEmpty(pages);
        var count = int.Parse(pages[0].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{count} / {count}", text, StringComparison.Ordinal);

        var prefix = Path.Combine(DashboardAppFixture.ScreenshotDirectory, "report-" + name);
        await RunAsync("pdftoppm", "-r", "50", "-png", file, prefix);
        var images = Directory.GetFiles(DashboardAppFixture.ScreenshotDirectory, Path.GetFileName(prefix) + "-*.png");
        Assert.Equal(count, images.Length);
        Assert.All(images, i => Assert.True(new FileInfo(i).Length > 1_000));
        return text;
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start (apt-get install -y poppler-utils).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }
}
