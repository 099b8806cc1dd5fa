namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Tests that share one PostgreSQL server (and so run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Postgres";
}
