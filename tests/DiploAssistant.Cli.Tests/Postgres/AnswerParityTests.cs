using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary>
/// Issue 7's end-to-end check: the samples ingested by <c>diplo ingest</c> into SQLite and into PostgreSQL give the same
/// Answer JSON (text, citations, quotes, scores, refusals) for Korean and English questions.
/// </summary>
[Collection(PostgresEnvironmentCollection.Name)]
public sealed class AnswerParityTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?",
        "조현 장관은 칼라스 고위대표와 어디에서 만났나?",
        "위성락 국가안보실장은 나토 정상회의에서 무엇을 했나?",
        "뤼터 사무총장은 이재명 대통령과 무엇을 논의했나?",
        "한은 기준금리는 얼마로 동결됐나?",
        "Who represented South Korea at the fourth Security and Defense Dialogue with the EU?",
        "How much macro-financial assistance will the EU give Egypt?",
        "Who won the 2022 FIFA World Cup final?",
    ];

    private readonly PostgresServerFixture _server;
    private readonly CliRun _cli = new();

    public AnswerParityTests(PostgresServerFixture server)
    {
        _server = server;
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Ask_GivesTheSameAnswersAndCitations_OnPostgresAsOnSqlite()
    {
        var (sqliteCode, _, sqliteError) = await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        Assert.True(sqliteCode == 0, sqliteError);
        var onSqlite = new List<string>();
        foreach (var question in Questions)
        {
            onSqlite.Add(ComparableAnswer.Of(await _cli.AskJsonAsync(question)));
        }

        using var settings = new PostgresSettings(await _server.CreateSchemaAsync());
        var (postgresCode, _, postgresError) = await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        Assert.True(postgresCode == 0, postgresError);
        var onPostgres = new List<string>();
        foreach (var question in Questions)
        {
            onPostgres.Add(ComparableAnswer.Of(await _cli.AskJsonAsync(question)));
        }

        Assert.Equal(onSqlite, onPostgres);
        Assert.Contains(onSqlite, answer => answer.Contains("\"answered\":true", StringComparison.Ordinal));
        Assert.Contains(onSqlite, answer => answer.Contains("\"answered\":false", StringComparison.Ordinal));
    }
}
