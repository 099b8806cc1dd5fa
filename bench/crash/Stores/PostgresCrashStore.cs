using DiploAssistant.Bench.Postgres;
using DiploAssistant.Core.Storage.Sqlite;
using Npgsql;

namespace DiploAssistant.Bench.Crash.Stores;

/// <summary>
/// Postgres stores, one schema per name: on the server named by <c>DIPLO_BENCH_POSTGRES</c>, else on PGlite started from
/// scripts/pglite (one session, one connection at a time: its socket server rolls back a killed client's open transaction
/// when the socket closes, which <see cref="PostgresStoreCheck"/> verifies after every kill). Checked by <see cref="PostgresStoreCheck"/>.
/// </summary>
internal sealed class PostgresCrashStore : ICrashStore
{
    public const string EnvironmentVariable = "DIPLO_BENCH_POSTGRES";

    private readonly PgliteServer? _pglite;
    private readonly string? _adminConnectionString;
    private readonly string _prefix = "crash_" + Guid.NewGuid().ToString("N")[..8] + "_";
    private readonly Dictionary<string, string> _connectionStrings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notes = new(StringComparer.Ordinal);

    private PostgresCrashStore(PgliteServer? pglite, string? adminConnectionString)
    {
        _pglite = pglite;
        _adminConnectionString = adminConnectionString;
    }

    public string Name => _pglite is null ? "Postgres" : "Postgres (PGlite)";

    public string CheckDescription => PostgresStoreCheck.Description;

    public IReadOnlyCollection<string> Notes => _notes;

    /// <summary>Connects to the configured server or starts PGlite, and creates a schema for each of <paramref name="names"/>.</summary>
    public static async Task<PostgresCrashStore> StartAsync(string repositoryRoot, IEnumerable<string> names)
    {
        var configured = System.Environment.GetEnvironmentVariable(EnvironmentVariable);
        var pglite = string.IsNullOrWhiteSpace(configured) ? await PgliteServer.StartAsync(repositoryRoot).ConfigureAwait(false) : null;
        var admin = configured is { Length: > 0 } ? configured : pglite!.ConnectionString;
        var store = new PostgresCrashStore(pglite, admin);
        foreach (var name in names)
        {
            store._connectionStrings[name] = new NpgsqlConnectionStringBuilder(admin) { SearchPath = $"{store.Schema(name)},public" }.ConnectionString;
        }

        await store.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS vector; " + string.Concat(names.Select(n => $"CREATE SCHEMA {store.Schema(n)};")))
            .ConfigureAwait(false);
        return store;
    }

    /// <summary>Stores whose empty schemas the caller made and drops (e.g. a test fixture): a connection string for each name.</summary>
    public static PostgresCrashStore Over(IReadOnlyDictionary<string, string> connectionStrings)
    {
        var store = new PostgresCrashStore(null, null);
        foreach (var (name, connectionString) in connectionStrings)
        {
            store._connectionStrings[name] = connectionString;
        }

        return store;
    }

    public IReadOnlyList<string> IngestArguments(string name) => [];

    public IReadOnlyDictionary<string, string> Environment(string name) => new Dictionary<string, string>
    {
        ["DIPLO_Store__Provider"] = "Postgres",
        ["DIPLO_Store__ConnectionString"] = ConnectionString(name),
    };

    public bool TryCopy(string from, string to) => false;

    public async Task<SqliteStoreCheckReport> CheckAsync(string name, CancellationToken cancellationToken)
    {
        var result = await PostgresStoreCheck.RunAsync(ConnectionString(name), cancellationToken).ConfigureAwait(false);
        foreach (var note in result.Notes)
        {
            _notes.Add(note);
        }

        return result.Report;
    }

    public async ValueTask DisposeAsync()
    {
        if (_pglite is not null)
        {
            await _pglite.DisposeAsync().ConfigureAwait(false);
            return;
        }

        if (_adminConnectionString is null)
        {
            return;
        }

        await ExecuteAsync($"DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE '{_prefix}%' " +
            "LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$").ConfigureAwait(false);
    }

    private string Schema(string name) => _prefix + name.Replace('-', '_');

    private string ConnectionString(string name) =>
        _connectionStrings.TryGetValue(name, out var connectionString) ? connectionString : throw new ArgumentException($"No schema was made for the store {name}.");

    private async Task ExecuteAsync(string sql)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
