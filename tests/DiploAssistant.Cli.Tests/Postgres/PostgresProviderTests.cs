using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary><c>DIPLO_Store__Provider=Postgres</c> runs every command on PostgreSQL instead of the SQLite file.</summary>
[Collection(PostgresEnvironmentCollection.Name)]
public sealed class PostgresProviderTests : IDisposable
{
    private readonly PostgresServerFixture _server;
    private readonly CliRun _cli = new();

    public PostgresProviderTests(PostgresServerFixture server)
    {
        _server = server;
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task IngestThenAsk_OnPostgres_AnswersFromTheSamples_WithoutTouchingTheSqliteStore()
    {
        using var settings = new PostgresSettings(await _server.CreateSchemaAsync());

        var (ingestCode, _, ingestError) = await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        var answer = await _cli.AskJsonAsync("차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?");

        Assert.True(ingestCode == 0, ingestError);
        Assert.True(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        Assert.Contains("헤이그", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("documentId").GetString() == "002_db910010b746ffbf");
        Assert.False(Directory.Exists(_cli.StoreDirectory));
    }

    [Fact]
    public async Task List_OnPostgres_ShowsWhatAnotherRunIngested()
    {
        using var settings = new PostgresSettings(await _server.CreateSchemaAsync());
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);

        using var other = new CliRun();
        var (code, output, error) = await other.RunAsync("list");

        Assert.Equal(0, code);
        Assert.Contains("002_db910010b746ffbf", output, StringComparison.Ordinal);
        Assert.Contains("12 documents", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresProvider_WithoutAConnectionString_StopsTheCommand_NamingTheSetting()
    {
        using var settings = new PostgresSettings(null);

        var (code, _, error) = await _cli.RunAsync("list");

        Assert.Equal(2, code);
        Assert.Contains("Store:ConnectionString", error, StringComparison.Ordinal);
    }
}
