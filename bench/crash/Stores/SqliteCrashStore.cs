using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Bench.Crash.Stores;

/// <summary>Embedded stores, one data directory per name under the work directory, checked by <see cref="SqliteStoreCheck"/>.</summary>
internal sealed class SqliteCrashStore(string workDirectory) : ICrashStore
{
    public string Name => "SQLite";

    public string CheckDescription =>
        "`PRAGMA integrity_check`, `foreign_key_check`, FTS5 `integrity-check`, every document has chunks 0..n-1 all in the search index";

    public IReadOnlyCollection<string> Notes => [];

    public IReadOnlyList<string> IngestArguments(string name) => ["--store", Path.Combine(workDirectory, name)];

    public IReadOnlyDictionary<string, string> Environment(string name) =>
        new Dictionary<string, string> { ["DIPLO_Store__Path"] = Path.Combine(workDirectory, name) };

    public bool TryCopy(string from, string to)
    {
        var target = Path.Combine(workDirectory, to);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(workDirectory, from)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        return true;
    }

    public Task<SqliteStoreCheckReport> CheckAsync(string name, CancellationToken cancellationToken) =>
        SqliteStoreCheck.RunAsync(Path.Combine(workDirectory, name), cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
