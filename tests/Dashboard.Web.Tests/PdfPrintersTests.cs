using Dashboard.Web.Reports;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests;

/// <summary>The shared PDF printers: a bounded queue, never an endless one.</summary>
public sealed class PdfPrintersTests
{
    [Fact]
    public async Task Requests_beyond_the_printers_and_the_queue_are_refused_at_once_and_the_queue_moves_on()
    {
        using var printers = new PdfPrinters(Options.Create(new ReportLimits { PdfConcurrent = 1, PdfQueue = 1 }));

        using var printing = await printers.WaitAsync(CancellationToken.None);
        var waiting = printers.WaitAsync(CancellationToken.None);
        using var refused = await printers.WaitAsync(CancellationToken.None);

        Assert.True(printing.IsAcquired);
        Assert.False(waiting.IsCompleted);
        Assert.False(refused.IsAcquired);

        printing.Dispose();
        using var next = await waiting.AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(next.IsAcquired);
    }
}
