using Dashboard.Analysis.Corpus;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;

namespace Dashboard.Web.Services;

/// <summary>Where the background re-analysis stands.</summary>
public enum ReanalysisState
{
    Idle,
    Running,
    Completed,
    Failed,
}

/// <summary>
/// The re-analysis as every circuit sees it: which run (counted from 1 since start), its state, documents done of
/// total, and the error when it failed.
/// </summary>
public sealed record ReanalysisStatus(int Run, ReanalysisState State, int Done, int Total, string? Error = null)
{
    public static ReanalysisStatus Idle { get; } = new(0, ReanalysisState.Idle, 0, 0);

    public bool IsRunning => State == ReanalysisState.Running;

    public double Percent => Total == 0 ? 0 : Math.Min(100, Done * 100.0 / Total);
}

/// <summary>
/// Applies a change to the analysis resources (a taxonomy edit; instrument rules or the user dictionary the same
/// way) to the whole corpus in the background, one job at a time. The dashboard keeps serving the previous
/// generation until the job completes; then the new resources go into force (<see cref="ActiveAnalysis.Replace"/>)
/// and every page redraws (<see cref="CorpusSnapshotCache.RefreshAsync"/>). A failed job changes nothing: the old
/// resources stay in force, the undo action puts back what was saved, and the error is reported to every circuit.
/// Callers check the editor's rights first (<see cref="EditorAccess.DemandAsync"/>).
/// </summary>
public sealed partial class ReanalysisRunner(
    Func<DashboardDbContext> contexts,
    ActiveAnalysis analysis,
    CorpusSnapshotCache snapshots,
    TaxonomyStore taxonomies,
    ILogger<ReanalysisRunner> logger)
{
    private readonly Lock _lock = new();
    private readonly List<Func<Task>> _subscribers = [];
    private volatile ReanalysisStatus _status = ReanalysisStatus.Idle;
    private Task _running = Task.CompletedTask;

    public ReanalysisStatus Status => _status;

    /// <summary>The job under way, or the last one (completed); tests and shutdown can wait for it.</summary>
    public Task Completion
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    /// <summary>
    /// Checks and saves an edited taxonomy, then re-analyses the corpus with it. Throws
    /// <see cref="TaxonomyValidationException"/> when the draft is invalid (nothing saved), and
    /// <see cref="InvalidOperationException"/> while another re-analysis runs.
    /// </summary>
    public Task SaveTaxonomyAsync(TaxonomyDraft draft)
    {
        lock (_lock)
        {
            ThrowIfRunning();
            var previous = taxonomies.ReadOverride();
            var taxonomy = taxonomies.Save(draft);
            return StartLocked(() => AnalysisResources.Load(taxonomy, analysis.Resources.Rules), () => taxonomies.Restore(previous));
        }
    }

    /// <summary>Re-analyses the corpus with resources built by <paramref name="build"/>; <paramref name="undo"/> runs if it fails.</summary>
    public Task StartAsync(Func<AnalysisResources> build, Action? undo = null)
    {
        lock (_lock)
        {
            ThrowIfRunning();
            return StartLocked(build, undo);
        }
    }

    /// <summary>Calls <paramref name="onChanged"/> on every change of <see cref="Status"/> until disposed.</summary>
    public IDisposable Subscribe(Func<Task> onChanged)
    {
        lock (_lock)
        {
            _subscribers.Add(onChanged);
        }

        return new Subscription(this, onChanged);
    }

    private void ThrowIfRunning()
    {
        if (_status.IsRunning)
        {
            throw new InvalidOperationException("A re-analysis is already running; wait for it to finish.");
        }
    }

    private Task StartLocked(Func<AnalysisResources> build, Action? undo)
    {
        _status = new ReanalysisStatus(_status.Run + 1, ReanalysisState.Running, 0, 0);
        _running = Task.Run(() => RunAsync(build, undo));
        _ = NotifyAsync();
        return _running;
    }

    private async Task RunAsync(Func<AnalysisResources> build, Action? undo)
    {
        try
        {
            var resources = build();
            var job = new ReanalysisJob(contexts, new DocumentAnalyzer(resources));
            var generation = await job.RunAsync(new Reporter(this));
            analysis.Replace(resources);
            await snapshots.RefreshAsync();
            _status = _status with { State = ReanalysisState.Completed, Done = _status.Total };
            LogCompleted(logger, generation, _status.Total);
        }
        catch (Exception ex)
        {
            try
            {
                undo?.Invoke();
            }
            catch (IOException undoError)
            {
                LogUndoFailed(logger, undoError);
            }

            _status = _status with { State = ReanalysisState.Failed, Error = ex.Message };
            LogFailed(logger, ex);
        }

        await NotifyAsync();
    }

    private async Task NotifyAsync()
    {
        Func<Task>[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber();
            }
            catch (ObjectDisposedException)
            {
                // A circuit that went away while being told; it unsubscribes when disposed.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-analysis complete: generation {Generation} in force, {Documents} documents")]
    private static partial void LogCompleted(ILogger logger, int generation, int documents);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-analysis failed; the previous analysis stays in force")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not put back the previous taxonomy file")]
    private static partial void LogUndoFailed(ILogger logger, Exception exception);

    /// <summary>Reports progress in order, on the job's own thread (Progress&lt;T&gt; would post out of order).</summary>
    private sealed class Reporter(ReanalysisRunner owner) : IProgress<ReanalysisProgress>
    {
        public void Report(ReanalysisProgress value)
        {
            owner._status = owner._status with { Done = value.Done, Total = value.Total };
            _ = owner.NotifyAsync();
        }
    }

    private sealed class Subscription(ReanalysisRunner owner, Func<Task> callback) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._lock)
            {
                owner._subscribers.Remove(callback);
            }
        }
    }
}
