using DiploAssistant.Core.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DiploAssistant.Storage.Postgres.Composition;

/// <summary>At start, with <c>Store:Provider = Postgres</c>: a connection string is given and Npgsql can read it.</summary>
internal sealed class PostgresStoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.Equals(options.Provider, PostgresStoreProvider.ProviderName, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Skip;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Store:ConnectionString is required when Store:Provider is Postgres (e.g. DIPLO_Store__ConnectionString=\"Host=...;Database=...;Username=...\").");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            // Npgsql's message names the bad keyword, never the password.
            return ValidateOptionsResult.Fail($"Store:ConnectionString is not a PostgreSQL connection string: {e.Message}");
        }

        return ValidateOptionsResult.Success;
    }
}
