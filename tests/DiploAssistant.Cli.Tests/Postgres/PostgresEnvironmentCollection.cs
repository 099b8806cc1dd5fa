using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary>
/// Runs of <c>diplo</c> on PostgreSQL: they share one server (PGlite unless <c>DIPLO_TEST_POSTGRES</c> names one) and set
/// <c>DIPLO_Store__*</c> variables, so, like <see cref="EnvironmentCollection"/>, they run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresEnvironmentCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Postgres, process environment";
}
