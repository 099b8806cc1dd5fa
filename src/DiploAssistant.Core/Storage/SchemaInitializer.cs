using System.Data.Common;

namespace DiploAssistant.Core.Storage;

/// <summary>
/// Runs a store's schema set-up once per process, on the first connection that needs it, however many callers race to it;
/// a failed attempt is tried again by the next caller. For store backends: SQLite and Postgres open through it.
/// </summary>
public sealed class SchemaInitializer : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    public bool IsDone => _done;

    public async Task EnsureAsync(Func<CancellationToken, Task> initialize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initialize);
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_done)
            {
                await initialize(cancellationToken).ConfigureAwait(false);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Opens <paramref name="connection"/>, runs <paramref name="prepare"/> on it (per-connection settings), and sets the
    /// schema up with <paramref name="initialize"/> unless that is done or <paramref name="initialize"/> is null (a
    /// read-only store). The connection is disposed when any step fails.
    /// </summary>
    public async Task<TConnection> OpenAsync<TConnection>(
        TConnection connection,
        Action<TConnection>? prepare,
        Func<TConnection, CancellationToken, Task>? initialize,
        CancellationToken cancellationToken)
        where TConnection : DbConnection
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            prepare?.Invoke(connection);
            if (!_done && initialize is not null)
            {
                await EnsureAsync(ct => initialize(connection, ct), cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose() => _gate.Dispose();
}
