namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary>Points every <c>diplo</c> run of this process at a Postgres store through the environment, until disposed.</summary>
internal sealed class PostgresSettings : IDisposable
{
    public const string ProviderVariable = "DIPLO_Store__Provider";
    public const string ConnectionStringVariable = "DIPLO_Store__ConnectionString";

    public PostgresSettings(string? connectionString)
    {
        Environment.SetEnvironmentVariable(ProviderVariable, "Postgres");
        Environment.SetEnvironmentVariable(ConnectionStringVariable, connectionString);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ProviderVariable, null);
        Environment.SetEnvironmentVariable(ConnectionStringVariable, null);
    }
}
