using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

/// <summary>Filtered lexical search reads matches best first in batches; these stores need more than one batch.</summary>
public sealed class SqliteFilteredLexicalSearchTests : IAsyncLifetime
{
    private const int KoreanArticles = 300;
    private readonly TemporaryDirectory _directory = new();
    private SqliteDocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory.Path);
        for (var i = 0; i < KoreanArticles; i++)
        {
            // Different lengths and repetitions give different bm25 scores; every article matches the question.
            var body = string.Join(' ', Enumerable.Repeat("외교 회담", 1 + (i % 7))) + " " + string.Join(' ', Enumerable.Repeat($"기타{i}", i % 11));
            await StoreTestData.StoreAsync(_store, StoreTestData.Article($"ko{i:D3}", $"기사 {i}", body));
        }

        await StoreTestData.StoreAsync(_store, StoreTestData.Article("en", "talks", "회담 " + string.Join(' ', Enumerable.Repeat("filler", 200)), language: "en"));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task AFilterEveryMatchPassesGivesTheUnfilteredRankingAcrossBatches()
    {
        var unfiltered = await _store.SearchLexicalAsync("외교 회담", SearchFilters.None, 250, CancellationToken.None);
        var everything = await _store.SearchLexicalAsync("외교 회담", new SearchFilters(Source: "연합뉴스"), 250, CancellationToken.None);

        Assert.Equal(250, unfiltered.Count);
        Assert.Equal(unfiltered, everything);
    }

    [Fact]
    public async Task TheOnlyMatchThatPassesIsFoundBehindHundredsOfBetterOnes()
    {
        var hits = await _store.SearchLexicalAsync("외교 회담", new SearchFilters(Language: "en"), 10, CancellationToken.None);

        Assert.Equal(["en"], hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task ALanguageFilterKeepsTheBestOfThatLanguageInOrder()
    {
        var unfiltered = await _store.SearchLexicalAsync("외교 회담", SearchFilters.None, KoreanArticles + 1, CancellationToken.None);
        var korean = await _store.SearchLexicalAsync("외교 회담", new SearchFilters(Language: "ko"), 150, CancellationToken.None);

        Assert.Equal(150, korean.Count);
        Assert.All(korean, h => Assert.StartsWith("ko", h.DocumentId, StringComparison.Ordinal));
        Assert.Equal(korean.OrderByDescending(h => h.Score).Select(h => h.ChunkId), korean.Select(h => h.ChunkId));
        Assert.Subset(unfiltered.Select(h => h.ChunkId).ToHashSet(), korean.Select(h => h.ChunkId).ToHashSet());
    }

    [Fact]
    public async Task WhenTooFewOfTheFirstBatchPass_LaterBatchesKeepTheRankingOrder()
    {
        using var directory = new TemporaryDirectory();
        await using var store = new SqliteDocumentStore(directory.Path, options: SqliteDocumentStoreOptions.Default with { Rerank = false });
        for (var i = 0; i < 400; i++)
        {
            // Every article a different length, so no two share a score; one in 25 is English.
            var body = string.Join(' ', Enumerable.Repeat("외교 회담", 1 + (i % 7))) + " " + string.Join(' ', Enumerable.Repeat("기타", i));
            var language = i % 25 == 0 ? "en" : "ko";
            await StoreTestData.StoreAsync(store, StoreTestData.Article($"{language}{i:D3}", $"기사 {i}", body, language: language));
        }

        var everything = await store.SearchLexicalAsync("외교 회담", SearchFilters.None, 400, CancellationToken.None);
        var english = await store.SearchLexicalAsync("외교 회담", new SearchFilters(Language: "en"), 12, CancellationToken.None);

        Assert.Equal(everything.Where(h => h.DocumentId.StartsWith("en", StringComparison.Ordinal)).Take(12), english);
        Assert.Equal(12, english.Count);
    }
}

