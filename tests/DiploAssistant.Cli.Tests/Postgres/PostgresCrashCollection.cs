using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary>
/// The Postgres crash tests get a server of their own: after a client is killed, PGlite can drop the next connection while it
/// tears the old one down, which must not fail the unrelated tests that would share it. They run alone, like
/// <see cref="PostgresEnvironmentCollection"/>.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCrashCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Postgres, killed clients";
}
