using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Retrieval;

public sealed class HybridRetrieverTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly HashingEmbedder _embedder = new();
    private SqliteDocumentStore _store = null!;

    public Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory.Path);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task RetrieveAsync_FindsAKoreanNameInsideAnInflectedWord()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("cho", "외교장관 회담", "조현이 브뤼셀에서 칼라스 고위대표와 회담했다."));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("other", "경제 동향", "수출이 지난달 크게 늘었다."));
        var retriever = new HybridRetriever(_store, _embedder);

        var results = await retriever.RetrieveAsync("조현", SearchFilters.None, 5, CancellationToken.None);

        Assert.Equal("cho", results[0].Document.Id);
        Assert.Equal("외교장관 회담", results[0].Document.Title);
    }

    [Fact]
    public async Task RetrieveAsync_FindsAKoreanArticle_ForAnEnglishQuestionNamingItsPeople()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("cho", "외교장관 회담", "조현이 브뤼셀에서 칼라스 고위대표와 회담했다."));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("other", "경제 동향", "수출이 지난달 크게 늘었다."));
        var retriever = new HybridRetriever(_store, _embedder, HybridRetrieverOptions.Default with { VectorWeight = 0 });
        var lexicalOnly = new HybridRetriever(_store, _embedder, HybridRetrieverOptions.Default with { VectorWeight = 0, CrossLingualWeight = 0 });

        var results = await retriever.RetrieveAsync("Where did Cho Hyun meet Kaja Kallas?", SearchFilters.None, 5, CancellationToken.None);
        var withoutTranslation = await lexicalOnly.RetrieveAsync("Where did Cho Hyun meet Kaja Kallas?", SearchFilters.None, 5, CancellationToken.None);

        Assert.Equal("cho", results[0].Document.Id);
        Assert.DoesNotContain(withoutTranslation, r => r.Document.Id == "cho");
    }

    [Fact]
    public async Task RetrieveAsync_FindsAnEnglishArticle_ForAKoreanQuestion_OnlyThroughItsTranslation()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("en", "Summit talks", "The foreign minister attended the summit in Brussels.", language: "en"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("ko", "경제 동향", "수출이 지난달 크게 늘었다."));
        var retriever = new HybridRetriever(_store, _embedder, HybridRetrieverOptions.Default with { VectorWeight = 0 });

        var results = await retriever.RetrieveAsync("외교장관은 어디서 정상회의에 참석했나?", SearchFilters.None, 5, CancellationToken.None);
        var koreanOnly = await retriever.RetrieveAsync("외교장관은 어디서 정상회의에 참석했나?", new SearchFilters(Language: "ko"), 5, CancellationToken.None);

        Assert.Equal("en", results[0].Document.Id);
        Assert.Empty(koreanOnly);
    }

    [Fact]
    public async Task RetrieveAsync_KeepsAtMostTwoChunksPerDocument_WhenOthersMatch()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 5).Select(i => $"북한 미사일 발사 관련 {i}번째 문단"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("long", "북한 미사일", paragraphs));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("short1", "국방", "북한 미사일 대응 회의"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("short2", "외교", "미사일 관련 외교 협의"));
        var retriever = new HybridRetriever(_store, _embedder);

        var results = await retriever.RetrieveAsync("북한 미사일 발사", SearchFilters.None, 4, CancellationToken.None);

        Assert.Equal(4, results.Count);
        Assert.Equal(2, results.Count(r => r.Document.Id == "long"));
        Assert.Contains(results, r => r.Document.Id == "short1");
        Assert.Contains(results, r => r.Document.Id == "short2");
    }

    [Fact]
    public async Task RetrieveAsync_ReturnsMoreChunksOfOneDocument_WhenNoOtherMatches()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"북한 미사일 발사 관련 {i}번째 문단"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("long", "북한 미사일", paragraphs));
        var retriever = new HybridRetriever(_store, _embedder, HybridRetrieverOptions.Default with { VectorWeight = 0 });

        var results = await retriever.RetrieveAsync("북한 미사일 발사", SearchFilters.None, 4, CancellationToken.None);

        Assert.Equal(4, results.Count);
    }

    [Fact]
    public async Task RetrieveAsync_WithAnAsOfDate_ExcludesLaterArticles_AndPrefersRecentOnes()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("old", "한미 정상회담", "한미 정상회담 개최", new DateOnly(2024, 1, 5)));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("recent", "한미 정상회담", "한미 정상회담 개최 예정", new DateOnly(2025, 6, 1)));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("future", "한미 정상회담", "한미 정상회담 개최", new DateOnly(2025, 9, 1)));
        var retriever = new HybridRetriever(_store, _embedder);

        var results = await retriever.RetrieveAsync("한미 정상회담", new SearchFilters(AsOf: new DateOnly(2025, 6, 10)), 5, CancellationToken.None);

        Assert.Equal(["recent", "old"], results.Select(r => r.Document.Id));
    }

    [Fact]
    public async Task RetrieveDocumentsAsync_WithOnlyAnAsOfDate_PrefersThisWeeksArticle_OverAnOlderOneThatRepeatsTheWords()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("spring", "항만 파업", "항만 파업 협상. 항만 파업 협상 결렬. 항만 파업", new DateOnly(2025, 3, 2)));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("this-week", "항만 노사", "항만 파업 협상이 다시 열렸다", new DateOnly(2025, 6, 8)));
        var retriever = new HybridRetriever(_store, _embedder);

        var undated = await retriever.RetrieveDocumentsAsync("항만 파업 협상", SearchFilters.None, 5, CancellationToken.None);
        var asOf = await retriever.RetrieveDocumentsAsync("항만 파업 협상", new SearchFilters(AsOf: new DateOnly(2025, 6, 10)), 5, CancellationToken.None);

        Assert.Equal(["spring", "this-week"], undated.Select(d => d.DocumentId));
        Assert.Equal(["this-week", "spring"], asOf.Select(d => d.DocumentId));
    }

    [Fact]
    public async Task RetrieveAsync_WithOnlyAnAsOfDate_StillFindsAnOldArticle_ThatAloneMatches()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("old", "그린란드 조약", "그린란드 어업 조약이 서명됐다", new DateOnly(2021, 4, 1)));
        for (var day = 1; day <= 6; day++)
        {
            await StoreTestData.StoreAsync(_store, StoreTestData.Article($"recent-{day}", "어업 동향", $"연근해 어업 생산량 {day}월 집계", new DateOnly(2025, 6, day)));
        }

        var retriever = new HybridRetriever(_store, _embedder);

        var chunks = await retriever.RetrieveAsync("그린란드 조약", new SearchFilters(AsOf: new DateOnly(2025, 6, 10)), 5, CancellationToken.None);
        var documents = await retriever.RetrieveDocumentsAsync("그린란드 조약", new SearchFilters(AsOf: new DateOnly(2025, 6, 10)), 5, CancellationToken.None);

        Assert.Equal("old", chunks[0].Document.Id);
        Assert.Equal("old", documents[0].DocumentId);
    }

    [Fact]
    public async Task RetrieveAsync_FindsAnEnglishArticle_ForAKoreanQuestionNamingAPersonByTheSoundOfTheName()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("kallas", "Talks in Cairo", "Kaja Kallas travelled to Cairo for talks.", language: "en"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("other", "Markets", "Bankers travelled to Frankfurt for talks.", language: "en"));
        var retriever = new HybridRetriever(_store, _embedder, HybridRetrieverOptions.Default with { VectorWeight = 0 });

        var results = await retriever.RetrieveAsync("칼라스는 어디에 갔나?", SearchFilters.None, 5, CancellationToken.None);

        Assert.Equal("kallas", results[0].Document.Id);
    }

    [Fact]
    public async Task RetrieveAsync_FindsAKoreanOnlyArticle_ThroughANameAnotherArticleWroteWithItsOriginal()
    {
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("quota", "어획 할당량", "북해어업기구(NSFO)는 올해 어획 할당량을 정했다."));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("meeting", "내년 회의", "북해어업기구는 내년 총회를 오슬로에서 연다고 밝혔다."));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("other", "경제 동향", "수출이 지난달 크게 늘었다."));
        var retriever = new HybridRetriever(_store, _embedder, HybridRetrieverOptions.Default with { VectorWeight = 0 });

        var results = await retriever.RetrieveAsync("NSFO", SearchFilters.None, 5, CancellationToken.None);

        Assert.Contains(results, r => r.Document.Id == "meeting");
        Assert.DoesNotContain(results, r => r.Document.Id == "other");
    }

    [Fact]
    public async Task RetrieveDocumentsAsync_RanksEachDocumentOnce()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 3).Select(i => $"유엔 총회 연설 {i}"));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("un", "유엔 총회", paragraphs));
        await StoreTestData.StoreAsync(_store, StoreTestData.Article("other", "국회", "국회 본회의 연설"));
        var retriever = new HybridRetriever(_store, _embedder);

        var documents = await retriever.RetrieveDocumentsAsync("유엔 총회 연설", SearchFilters.None, 10, CancellationToken.None);

        Assert.Equal(["un", "other"], documents.Select(d => d.DocumentId));
    }

    [Fact]
    public async Task RetrieveAsync_ReturnsNothing_WhenTheStoreIsEmpty()
    {
        var retriever = new HybridRetriever(_store, _embedder);

        Assert.Empty(await retriever.RetrieveAsync("조현", SearchFilters.None, 5, CancellationToken.None));
    }
}
