namespace DiploAssistant.Server.Tests.Replicas;

/// <summary>
/// A test that needs a real PostgreSQL with pgvector (several server processes share it; PGlite serves one connection):
/// skipped, saying so, when <c>DIPLO_TEST_POSTGRES</c> is not set. scripts/test.sh and CI set it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "DIPLO_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            Skip = $"{EnvironmentVariable} is not set: these replicas need a real PostgreSQL (scripts/postgres/start.sh prints its connection string; scripts/test.sh sets it).";
        }
    }
}
