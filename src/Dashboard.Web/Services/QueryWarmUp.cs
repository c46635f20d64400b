using Dashboard.Data.Queries;

namespace Dashboard.Web.Services;

/// <summary>
/// At start, and after each change of the corpus, reads in the background what comparisons need of every document
/// (word counts, priorities, theme × instrument pairs), so comparing whole provinces never waits for the store.
/// Pages work meanwhile: a comparison asked for before the warm-up reads the documents it needs itself.
/// </summary>
public sealed partial class QueryWarmUp(CorpusSnapshotCache snapshots, ComparisonQueries comparisons, ILogger<QueryWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = snapshots.Subscribe(() =>
        {
            _ = WarmAsync(stoppingToken);
            return Task.CompletedTask;
        });
        await WarmAsync(stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await comparisons.WarmAsync(cancellationToken);
            LogWarmed(logger, watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Comparison data ready in {Milliseconds} ms")]
    private static partial void LogWarmed(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the comparison data ahead; comparisons read it when asked")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
