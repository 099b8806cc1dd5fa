using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// A real PostgreSQL with pgvector for the tests: the one named by <c>DIPLO_TEST_POSTGRES</c> (a connection string), or else
/// PGlite served on loopback by <c>scripts/pglite/server.mjs</c>, started here and stopped at the end. PGlite serves one
/// connection at a time, so its connection strings allow one pooled connection. Every test gets its own schema.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "DIPLO_TEST_POSTGRES";

    private const string PgliteOptions =
        "Username=postgres;Database=postgres;SSL Mode=Disable;Gss Encryption Mode=Disable;Maximum Pool Size=1;Timeout=30;Command Timeout=120;No Reset On Close=true";

    private readonly List<string> _schemas = [];
    private Process? _server;
    private string _connectionString = string.Empty;

    /// <summary>True on PGlite: one connection at a time, so nothing truly runs in parallel.</summary>
    public bool IsSingleConnection { get; private set; }

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _connectionString = configured;
            await ExecuteAsync(_connectionString, "CREATE EXTENSION IF NOT EXISTS vector").ConfigureAwait(false);
            return;
        }

        IsSingleConnection = true;
        var port = FreePort();
        _server = PgliteProcess.Start(port);
        await PgliteProcess.WaitUntilReadyAsync(_server, TimeSpan.FromSeconds(90)).ConfigureAwait(false);
        _connectionString = $"Host=127.0.0.1;Port={port};{PgliteOptions}";
    }

    /// <summary>
    /// A connection string whose search path starts with a new, empty schema (then public, where pgvector lives). PGlite is
    /// one session shared by every connection, so the store sets the path itself and PGlite connections skip the reset
    /// (DISCARD ALL) that would undo it.
    /// </summary>
    public async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(_connectionString, $"CREATE SCHEMA {schema}").ConfigureAwait(false);
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = $"{schema},public" }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_server is null)
        {
            foreach (var schema in _schemas)
            {
                await ExecuteAsync(_connectionString, $"DROP SCHEMA IF EXISTS {schema} CASCADE").ConfigureAwait(false);
            }

            return;
        }

        await PgliteProcess.StopAsync(_server).ConfigureAwait(false);
        _server.Dispose();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        // Unpooled, so the one connection PGlite serves is free again as soon as this returns.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
