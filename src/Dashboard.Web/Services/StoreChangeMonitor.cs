using Dashboard.Data.Queries;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Services;

/// <summary>
/// Notices changes another process made to the store (a `dashboard import` into the same SQLite file while the app
/// runs, another node on the same PostgreSQL) and refreshes the snapshot, so open pages redraw as they do for the
/// app's own writes. Polls the store's fingerprint every <see cref="DashboardOptions.ChangePollSeconds"/> seconds.
/// </summary>
public sealed partial class StoreChangeMonitor(
    CorpusSnapshotCache snapshots,
    IOptions<DashboardOptions> options,
    ILogger<StoreChangeMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.ChangePollSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await snapshots.RefreshIfChangedAsync(stoppingToken))
                {
                    LogRefreshed(logger);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy or briefly unreachable store: try again at the next tick.
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store changed outside this process: the dashboard was refreshed")]
    private static partial void LogRefreshed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the store for changes; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
