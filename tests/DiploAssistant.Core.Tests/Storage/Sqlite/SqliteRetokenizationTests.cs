using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

public sealed class SqliteRetokenizationTests : IDisposable
{
    private static readonly string KoreanIdentity = new KoreanTokenizer().Identity;
    private readonly TemporaryDirectory _directory = new();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggers;

    public SqliteRetokenizationTests()
    {
        _loggers = LoggerFactory.Create(b => b.AddProvider(_logs));
    }

    private string DatabasePath => Path.Combine(_directory.Path, SqliteDocumentStore.FileName);

    public void Dispose()
    {
        _loggers.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task AFreshStore_RecordsItsTokenizer()
    {
        await using var store = Open(new KoreanTokenizer());

        Assert.Equal(KoreanIdentity, (await store.GetStatisticsAsync(CancellationToken.None)).TokenizerId);
    }

    [Fact]
    public async Task AStoreWrittenBeforeTokenizersWereRecorded_TakesTheConfiguredOne_AndKeepsItsTerms()
    {
        await WriteKoreanStoreAsync();
        Scalar("DELETE FROM meta WHERE key = 'tokenizer_id'");
        var termsBefore = Scalar("SELECT group_concat(term, ' ') FROM (SELECT term FROM chunks_vocab ORDER BY term)");

        await using var store = Open(new KoreanTokenizer());

        Assert.Equal(KoreanIdentity, (await store.GetStatisticsAsync(CancellationToken.None)).TokenizerId);
        Assert.Equal(termsBefore, Scalar("SELECT group_concat(term, ' ') FROM (SELECT term FROM chunks_vocab ORDER BY term)"));
        Assert.DoesNotContain(_logs.Messages, m => m.Text.Contains("Re-tokenized", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStoreOfAnotherTokenizer_IsReTokenizedInPlace_OnItsFirstOpen()
    {
        await WriteKoreanStoreAsync();
        var tokenizer = new PrefixingTokenizer();

        await using var store = Open(tokenizer);
        var hits = await store.SearchLexicalAsync("칼라스 고위대표", SearchFilters.None, 10, CancellationToken.None);

        Assert.Equal("brussels", hits[0].DocumentId);
        Assert.Equal(tokenizer.Identity, (await store.GetStatisticsAsync(CancellationToken.None)).TokenizerId);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM chunks_vocab WHERE term NOT LIKE 'zz%'"));
        Assert.Contains(_logs.Messages, m => m.Level == LogLevel.Information && m.Text == $"Re-tokenized 5 chunks: tokenizer {KoreanIdentity} → {tokenizer.Identity}");
        Assert.True((await SqliteStoreCheck.RunAsync(_directory.Path, CancellationToken.None)).IsConsistent);
    }

    [Fact]
    public async Task ReTokenizingBack_GivesTheSameRankingAndScoresAsTheOriginalWrite()
    {
        await WriteKoreanStoreAsync();
        var original = await SearchAsync(new KoreanTokenizer());
        var lengths = Scalar("SELECT group_concat(token_count, ',') FROM (SELECT token_count FROM chunks ORDER BY rowid)");

        await (await OpenAndUseAsync(new KoreanTokenizer(new KoreanTokenizerOptions { Trigrams = true }))).DisposeAsync();
        Assert.NotEqual(lengths, Scalar("SELECT group_concat(token_count, ',') FROM (SELECT token_count FROM chunks ORDER BY rowid)"));
        var back = await SearchAsync(new KoreanTokenizer());

        Assert.Equal(original, back);
        Assert.Equal(lengths, Scalar("SELECT group_concat(token_count, ',') FROM (SELECT token_count FROM chunks ORDER BY rowid)"));
    }

    [Fact]
    public async Task AStoreAlreadyOfTheConfiguredTokenizer_IsNotReTokenizedAgain()
    {
        await WriteKoreanStoreAsync();
        await (await OpenAndUseAsync(new PrefixingTokenizer())).DisposeAsync();
        var generation = Scalar("SELECT value FROM meta WHERE key = 'generation'");

        await (await OpenAndUseAsync(new PrefixingTokenizer())).DisposeAsync();

        Assert.Single(_logs.Messages, m => m.Text.StartsWith("Re-tokenized", StringComparison.Ordinal));
        Assert.Equal(generation, Scalar("SELECT value FROM meta WHERE key = 'generation'"));
    }

    [Fact]
    public async Task StoresOpeningAtOnce_ReTokenizeOnce()
    {
        await WriteKoreanStoreAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => Open(new PrefixingTokenizer())).ToList();

        var hits = await Task.WhenAll(stores.Select(s => Task.Run(() => s.SearchLexicalAsync("조현", SearchFilters.None, 10, CancellationToken.None))));

        // 조현 is in two titles, and a title is indexed with every chunk of its document.
        Assert.All(hits, h => Assert.Equal(["brussels/0", "brussels/1", "washington/0", "washington/1"], h.Select(c => c.ChunkId).Order(StringComparer.Ordinal)));
        Assert.Single(_logs.Messages, m => m.Text.StartsWith("Re-tokenized", StringComparison.Ordinal));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task AReadOnlyStoreOfAnotherTokenizer_IsRefused_NamingBothTokenizers()
    {
        await WriteKoreanStoreAsync();
        await using var store = SqliteDocumentStore.OpenReadOnly(_directory.Path, new PrefixingTokenizer("qq"));

        var error = await Assert.ThrowsAsync<TokenizerMismatchException>(
            () => store.SearchLexicalAsync("칼라스", SearchFilters.None, 10, CancellationToken.None));

        Assert.Equal((KoreanIdentity, "prefixing/qq"), (error.Stored, error.Configured));
        Assert.Contains(KoreanIdentity, error.Message, StringComparison.Ordinal);
        Assert.Contains("prefixing/qq", error.Message, StringComparison.Ordinal);
        Assert.Equal(KoreanIdentity, Scalar("SELECT value FROM meta WHERE key = 'tokenizer_id'"));
    }

    private SqliteDocumentStore Open(ITextTokenizer tokenizer) =>
        new(_directory.Path, tokenizer, logger: _loggers.CreateLogger<SqliteDocumentStore>());

    private async Task<SqliteDocumentStore> OpenAndUseAsync(ITextTokenizer tokenizer)
    {
        var store = Open(tokenizer);
        await store.GetStatisticsAsync(CancellationToken.None);
        return store;
    }

    private async Task<List<(string ChunkId, double Score)>> SearchAsync(ITextTokenizer tokenizer)
    {
        await using var store = Open(tokenizer);
        var hits = new List<(string, double)>();
        foreach (var question in new[] { "칼라스 고위대표", "조현 장관 방미", "판문점 회담", "외교부 대변인" })
        {
            hits.AddRange((await store.SearchLexicalAsync(question, SearchFilters.None, 10, CancellationToken.None)).Select(h => (h.ChunkId, h.Score)));
        }

        return hits;
    }

    private async Task WriteKoreanStoreAsync()
    {
        await using var store = Open(new KoreanTokenizer());
        await StoreTestData.StoreAsync(store, StoreTestData.Article(
            "brussels", "조현 장관, 칼라스 고위대표와 회담", "조현 장관이 브뤼셀에서 칼라스 고위대표를 만났다.\n\n두 사람은 한-EU 전략대화를 열었다."));
        await StoreTestData.StoreAsync(store, StoreTestData.Article(
            "washington", "조현 장관 방미", "조현 장관이 워싱턴에 도착했다.\n\n외교부 대변인은 회담 일정을 밝혔다."));
        await StoreTestData.StoreAsync(store, StoreTestData.Article("panmunjom", "판문점 회담", "남북 대표가 판문점에서 회담했다."));
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
