using Dashboard.Analysis.Places;
using Dashboard.Data.Store;

namespace Dashboard.Data.Queries;

/// <summary>
/// The one snapshot of the active generation every page reads. Loaded once, replaced when the corpus changes (an
/// import, an edit, a removal, a finished re-analysis); subscribers hear of the change and redraw.
/// </summary>
public sealed class CorpusSnapshotCache(Func<DashboardDbContext> contexts, Gazetteer gazetteer)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly List<Func<Task>> _subscribers = [];
    private readonly Lock _subscribersLock = new();
    private volatile CorpusSnapshot? _current;

    /// <summary>How many times a snapshot was read from the database (for tests and diagnostics).</summary>
    public int Loads { get; private set; }

    public async Task<CorpusSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is null)
            {
                _current = await CorpusSnapshot.LoadAsync(contexts, gazetteer, cancellationToken);
                Loads++;
            }

            return _current;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Reads the corpus again and tells every subscriber.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            _current = await CorpusSnapshot.LoadAsync(contexts, gazetteer, cancellationToken);
            Loads++;
        }
        finally
        {
            _loading.Release();
        }

        Func<Task>[] subscribers;
        lock (_subscribersLock)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            await subscriber();
        }
    }

    /// <summary>
    /// Reads the store's fingerprint and refreshes when it differs from the snapshot's: how changes made by another
    /// process (a `dashboard import`, another node) reach the pages. Nothing is read when no snapshot was loaded yet.
    /// </summary>
    /// <returns>Whether the snapshot was refreshed.</returns>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken = default)
    {
        if (_current is not { Fingerprint: { } seen })
        {
            return false;
        }

        StoreFingerprint now;
        await using (var db = contexts())
        {
            now = await StoreFingerprint.ReadAsync(db, cancellationToken);
        }

        if (now == seen)
        {
            return false;
        }

        await RefreshAsync(cancellationToken);
        return true;
    }

    /// <summary>Calls <paramref name="onChanged"/> after each refresh until the returned handle is disposed.</summary>
    public IDisposable Subscribe(Func<Task> onChanged)
    {
        lock (_subscribersLock)
        {
            _subscribers.Add(onChanged);
        }

        return new Subscription(this, onChanged);
    }

    private sealed class Subscription(CorpusSnapshotCache owner, Func<Task> callback) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._subscribersLock)
            {
                owner._subscribers.Remove(callback);
            }
        }
    }
}
