using System.Security.Cryptography;
using DiploAssistant.Server.Tests.TestDoubles;
using DiploAssistant.Server.Tests.Web;
using Npgsql;

namespace DiploAssistant.Server.Tests.Replicas;

/// <summary>
/// Several processes of the built server on one PostgreSQL schema of their own (dropped at the end), with one Direct Line
/// signing key, as replicas behind a load balancer run: no state of their own but the store.
/// </summary>
internal sealed class ReplicaSet : IAsyncDisposable
{
    public const string Sample = "000_2028b9ba857662b1.txt";

    private readonly string _adminConnectionString;
    private readonly string _schema;
    private readonly string _scratch;
    private readonly List<BuiltServer?> _replicas;

    private ReplicaSet(string adminConnectionString, string schema, string scratch, List<BuiltServer?> replicas)
    {
        _adminConnectionString = adminConnectionString;
        _schema = schema;
        _scratch = scratch;
        _replicas = replicas;
    }

    public IReadOnlyList<Uri> Addresses => [.. _replicas.Select(r => r?.Address ?? throw new InvalidOperationException("killed"))];

    public BuiltServer this[int index] => _replicas[index] ?? throw new InvalidOperationException($"Replica {index} was killed.");

    /// <summary>Starts <paramref name="count"/> replicas; with <paramref name="loadSample"/> each loads the sample article at start (the same one: idempotent).</summary>
    public static async Task<ReplicaSet> StartAsync(int count, bool loadSample)
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.EnvironmentVariable)!;
        var schema = "replicas_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin, $"CREATE EXTENSION IF NOT EXISTS vector; CREATE SCHEMA {schema}");
        var store = new NpgsqlConnectionStringBuilder(admin) { SearchPath = $"{schema},public" }.ConnectionString;
        var scratch = Directory.CreateTempSubdirectory("diplo-replicas-").FullName;
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(36));
        var environment = new Dictionary<string, string>
        {
            ["DIPLO_Store__Provider"] = "Postgres",
            ["DIPLO_Store__ConnectionString"] = store,
            ["DIPLO_DirectLine__TokenSigningKey"] = key,
            ["DIPLO_Server__LoadSampleData"] = loadSample ? "true" : "false",
            ["DIPLO_Server__SampleDataPath"] = Path.Combine(WebTestPrerequisites.RepositoryRoot, "data", Sample),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var dll = Path.Combine(BuiltServer.OutputFolder, "DiploAssistant.Server.dll");
        var started = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => BuiltServer.StartAsync(dll, scratch, environment)));
        return new ReplicaSet(admin, schema, scratch, [.. started]);
    }

    /// <summary>SIGKILLs one replica, as a crashed machine stops: no shutdown, nothing flushed.</summary>
    public async Task KillAsync(int index)
    {
        var replica = this[index];
        _replicas[index] = null;
        await replica.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas.OfType<BuiltServer>())
        {
            await replica.DisposeAsync();
        }

        await ExecuteAsync(_adminConnectionString, $"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
