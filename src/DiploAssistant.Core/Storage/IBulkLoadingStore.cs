namespace DiploAssistant.Core.Storage;

/// <summary>
/// A store that writes a large load faster when told where it starts and ends (Postgres builds its vector index once at the
/// end instead of row by row). What is stored meanwhile is searchable as usual; a load that never ends (killed) loses nothing.
/// </summary>
public interface IBulkLoadingStore
{
    /// <summary>Starts a bulk load; disposing the result ends it (and may take a while: indexes are built then).</summary>
    Task<IAsyncDisposable> BeginBulkLoadAsync(CancellationToken cancellationToken);
}
