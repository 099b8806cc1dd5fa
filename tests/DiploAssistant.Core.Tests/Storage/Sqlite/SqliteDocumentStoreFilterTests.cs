using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

public sealed class SqliteDocumentStoreFilterTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private SqliteDocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory.Path);
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("jan", "외교 회담", "외교 회담 일월", new DateOnly(2026, 1, 10), "연합뉴스"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("feb", "외교 회담", "외교 회담 이월", new DateOnly(2026, 2, 10), "뉴시스"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("mar", "diplomatic talks", "외교 회담 talks", new DateOnly(2026, 3, 10), "Reuters", "en"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("undated", "외교 회담", "외교 회담 날짜 없음", null, "연합뉴스"));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    public static TheoryData<SearchFilters, string[]> Cases => new()
    {
        { SearchFilters.None, ["feb", "jan", "mar", "undated"] },
        { new SearchFilters(From: new DateOnly(2026, 2, 1)), ["feb", "mar"] },
        { new SearchFilters(To: new DateOnly(2026, 2, 10)), ["feb", "jan"] },
        { new SearchFilters(AsOf: new DateOnly(2026, 2, 28)), ["feb", "jan", "undated"] },
        { new SearchFilters(To: new DateOnly(2026, 3, 31), AsOf: new DateOnly(2026, 1, 31)), ["jan"] },
        { new SearchFilters(Source: "뉴시스"), ["feb"] },
        { new SearchFilters(Source: "reuters"), ["mar"] },
        { new SearchFilters(Language: "en"), ["mar"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SearchLexicalAsync_AppliesFilters(SearchFilters filters, string[] expected)
    {
        var hits = await _store.SearchLexicalAsync("외교 회담", filters, 10, CancellationToken.None);

        Assert.Equal(expected, hits.Select(h => h.DocumentId).Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SearchVectorAsync_AppliesFilters(SearchFilters filters, string[] expected)
    {
        var hits = await _store.SearchVectorAsync(StoreTestData.Embed("외교 회담"), filters, 10, CancellationToken.None);

        Assert.Equal(expected, hits.Select(h => h.DocumentId).Order());
    }

    [Fact]
    public async Task GetStatisticsAsync_CountsDocumentsAndFindsTheNewestDate()
    {
        var stats = await _store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(4, stats.Documents);
        Assert.Equal(4, stats.Chunks);
        Assert.Equal(new DateOnly(2026, 3, 10), stats.NewestPublished);
    }
}
