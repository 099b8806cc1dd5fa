using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary><c>diplo migrate --to-postgres</c> copies the SQLite store into PostgreSQL, safely re-runnable.</summary>
[Collection(PostgresEnvironmentCollection.Name)]
public sealed class MigrateCommandTests : IDisposable
{
    private readonly PostgresServerFixture _server;
    private readonly CliRun _cli = new();

    public MigrateCommandTests(PostgresServerFixture server)
    {
        _server = server;
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Migrate_CopiesEveryDocument_SoThatPostgresAnswersTheSame()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        var onSqlite = await _cli.AskJsonAsync("차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?");
        var connectionString = await _server.CreateSchemaAsync();

        var (code, output, error) = await _cli.RunAsync("migrate", "--to-postgres", connectionString);

        Assert.True(code == 0, error);
        Assert.Contains("migrated 12 documents", output, StringComparison.Ordinal);
        Assert.Contains("12 added, 0 updated, 0 unchanged", output, StringComparison.Ordinal);
        using var settings = new PostgresSettings(connectionString);
        var onPostgres = await _cli.AskJsonAsync("차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?");
        Assert.Equal(ComparableAnswer.Of(onSqlite), ComparableAnswer.Of(onPostgres));
    }

    [Fact]
    public async Task Migrate_RunAgain_LeavesEveryDocumentUnchanged()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        var connectionString = await _server.CreateSchemaAsync();
        await _cli.RunAsync("migrate", "--to-postgres", connectionString);

        var (code, output, _) = await _cli.RunAsync("migrate", "--to-postgres", connectionString);

        Assert.Equal(0, code);
        Assert.Contains("0 added, 0 updated, 12 unchanged; 0 chunks written", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_CopiesRememberedConversations_InTheirOrder_AndNotTwiceWhenRunAgain()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        await AskInConversationAsync("first", "차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?");
        await AskInConversationAsync("second", "Who met in Seoul?");
        await AskInConversationAsync("first", "그 회의는 언제 열리나?");
        var connectionString = await _server.CreateSchemaAsync();

        var (code, output, error) = await _cli.RunAsync("migrate", "--to-postgres", connectionString);
        var (againCode, again, _) = await _cli.RunAsync("migrate", "--to-postgres", connectionString);

        Assert.True(code == 0, error);
        Assert.Contains("3 conversation turns copied, 0 already there", output, StringComparison.Ordinal);
        Assert.Equal(0, againCode);
        Assert.Contains("0 conversation turns copied, 3 already there", again, StringComparison.Ordinal);
        var onSqlite = StoredTurns.InSqlite(_cli.StoreDirectory);
        Assert.Equal(3, onSqlite.Count);
        Assert.Equal(onSqlite, await StoredTurns.InPostgresAsync(connectionString));
    }

    [Fact]
    public async Task Migrate_ExitsWithAUsageError_WhenThereIsNoSqliteStore()
    {
        var (code, output, error) = await _cli.RunAsync("migrate", "--to-postgres", await _server.CreateSchemaAsync());

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("no SQLite store", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hots=localhost")]
    public async Task Migrate_ExitsWithAUsageError_WhenTheConnectionStringIsNotOne(string connectionString)
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);

        var (code, _, error) = await _cli.RunAsync("migrate", "--to-postgres", connectionString);

        Assert.Equal(2, code);
        Assert.Contains("--to-postgres", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_ExitsWithAUsageError_WhenTheOptionIsMissing()
    {
        var (code, _, error) = await _cli.RunAsync("migrate");

        Assert.Equal(2, code);
        Assert.Contains("--to-postgres", error, StringComparison.Ordinal);
    }

    private async Task AskInConversationAsync(string conversation, string question)
    {
        var (code, _, error) = await _cli.RunAsync("ask", question, "--conversation", conversation);
        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task Migrate_ReportsAFailure_WhenTheDatabaseCannotBeReached()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);

        var (code, _, error) = await _cli.RunAsync(
            "migrate", "--to-postgres", "Host=127.0.0.1;Port=1;Username=postgres;SSL Mode=Disable;Gss Encryption Mode=Disable;Timeout=2");

        Assert.Equal(1, code);
        Assert.Contains("migration stopped after 0 documents", error, StringComparison.Ordinal);
    }
}
