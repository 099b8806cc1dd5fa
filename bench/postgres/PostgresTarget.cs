using Npgsql;

namespace DiploAssistant.Bench.Postgres;

/// <summary>
/// Where the Postgres store is measured: the server named by <c>DIPLO_BENCH_POSTGRES</c>, else PGlite started from
/// scripts/pglite. Each run writes into a new schema (dropped at the end), so re-runs on one server never find old rows.
/// </summary>
internal sealed class PostgresTarget : IAsyncDisposable
{
    public const string EnvironmentVariable = "DIPLO_BENCH_POSTGRES";

    private readonly PgliteServer? _pglite;
    private readonly string _adminConnectionString;
    private readonly string _schema;

    private PostgresTarget(PgliteServer? pglite, string adminConnectionString, string schema)
    {
        _pglite = pglite;
        _adminConnectionString = adminConnectionString;
        _schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { SearchPath = $"{schema},public" }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>"Postgres" or "Postgres (PGlite)".</summary>
    public string Name => _pglite is null ? "Postgres" : "Postgres (PGlite)";

    public static async Task<PostgresTarget> StartAsync(string repositoryRoot)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var pglite = string.IsNullOrWhiteSpace(configured) ? await PgliteServer.StartAsync(repositoryRoot) : null;
        var connectionString = configured is { Length: > 0 } ? configured : pglite!.ConnectionString;
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(connectionString, $"CREATE EXTENSION IF NOT EXISTS vector; CREATE SCHEMA {schema}");
        return new PostgresTarget(pglite, connectionString, schema);
    }

    public async ValueTask DisposeAsync()
    {
        if (_pglite is not null)
        {
            await _pglite.DisposeAsync();
            return;
        }

        await ExecuteAsync(_adminConnectionString, $"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
