using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>Builds the data source a store opens connections from.</summary>
internal static class PostgresDataSourceFactory
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.SearchPath is { Length: > 0 } searchPath)
        {
            // Servers that ignore the startup packet's search path (PGlite, some poolers) still get it, once per connection.
            builder.UsePhysicalConnectionInitializer(
                connection => SetSearchPathAsync(connection, searchPath).GetAwaiter().GetResult(),
                connection => SetSearchPathAsync(connection, searchPath));
        }

        return builder.Build();
    }

    private static async Task SetSearchPathAsync(NpgsqlConnection connection, string searchPath)
    {
        await using var command = new NpgsqlCommand("SELECT set_config('search_path', @path, false)", connection);
        command.Parameters.AddWithValue("path", searchPath);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
