using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Reports;

/// <summary>
/// The PDF printers every client shares: at most <see cref="ReportLimits.PdfConcurrent"/> reports print at once and
/// at most <see cref="ReportLimits.PdfQueue"/> wait; a request beyond that is refused at once rather than queued
/// without end. Taken after the client's own budget (the endpoint's rate-limit policy), so a refused client never
/// holds a place in the queue.
/// </summary>
public sealed class PdfPrinters(IOptions<ReportLimits> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.PdfConcurrent),
        QueueLimit = Math.Max(0, options.Value.PdfQueue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A printer, once one is free; a lease that is not acquired when the queue is full.</summary>
    public ValueTask<RateLimitLease> WaitAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
