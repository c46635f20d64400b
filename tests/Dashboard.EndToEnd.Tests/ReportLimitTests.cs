using System.Diagnostics;
using System.Net;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// A burst of anonymous PDF requests to the real app with its default limits: each is answered promptly, those
/// over the client's budget with 429 and Retry-After, and the PDFs that are made are whole.
/// </summary>
[Collection(IsolatedAppCollection.Name)]
public sealed class ReportLimitTests(IsolatedAppFixture app)
{
    [Fact]
    public async Task Twelve_concurrent_PDF_requests_from_one_client_are_answered_promptly_and_those_over_the_limit_refused()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(180) };
        var clock = Stopwatch.StartNew();
        var requests = Enumerable.Range(0, 12).Select(async i =>
        {
            var started = clock.Elapsed;
            using var response = await http.GetAsync(new Uri($"/reports/pdf?groups=441900,231200&title=Burst{i}", UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, Body: body, Took: clock.Elapsed - started);
        }).ToList();
        var answers = await Task.WhenAll(requests);

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var made = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Equal(12, refused.Count + made.Count);
        Assert.Equal(6, made.Count);
        Assert.All(refused, a =>
        {
            Assert.NotNull(a.RetryAfter);
            Assert.True(a.Took < TimeSpan.FromSeconds(5), $"a refusal took {a.Took.TotalSeconds:0.0} s");
        });
        Assert.All(made, a => Assert.True(a.Body.Length > 10_000 && a.Body.AsSpan(0, 4).SequenceEqual("%PDF"u8)));
    }
}
