using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>
/// What every <see cref="IDocumentStore"/> promises, written once and run against each store by a subclass.
/// <see cref="OpenStoreAsync"/> opens a store on the same place every time it is called within a test.
/// </summary>
public abstract partial class DocumentStoreContractTests : IAsyncLifetime
{
    private static readonly EmbedderIdentity Embedder = new(TestVectors.ModelId, TestVectors.Dimensions);
    private IDocumentStore? _store;

    internal ManualTimeProvider Time { get; } = new();

    protected IDocumentStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    public virtual async Task InitializeAsync()
    {
        _store = await OpenStoreAsync();
        await Store.EnsureEmbedderAsync(Embedder, CancellationToken.None);
    }

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Fact]
    public async Task UpsertAsync_AddsADocument_ThatListAndStatisticsShow()
    {
        var outcome = await TestDocuments.Brussels.StoreInAsync(Store);

        Assert.Equal(UpsertOutcome.Added, outcome);
        var listed = Assert.Single(await Store.ListAsync(CancellationToken.None));
        Assert.Equal(TestDocuments.Brussels.Info, listed.Document);
        Assert.Equal(2, listed.ChunkCount);
        Assert.Equal("hash-brussels-1", listed.ContentHash);
        Assert.Equal(Time.GetUtcNow(), listed.IngestedAt);
        Assert.Equal(
            new StoreStatistics(1, 2, new DateOnly(2026, 2, 11), TestVectors.ModelId, new KoreanTokenizer().Identity),
            await Store.GetStatisticsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_ReturnsUnchanged_AndWritesNothing_WhenTheContentHashIsTheSame()
    {
        await TestDocuments.Brussels.StoreInAsync(Store);
        var firstIngest = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromHours(1));

        var outcome = await TestDocuments.Brussels.WithPassages("hash-brussels-1", "다른 본문").StoreInAsync(Store);

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal(firstIngest, Assert.Single(await Store.ListAsync(CancellationToken.None)).IngestedAt);
        var chunks = await Store.GetChunksAsync(["brussels/0", "brussels/1"], CancellationToken.None);
        Assert.Equal(TestDocuments.Brussels.Passages, chunks.Select(c => c.Chunk.Text));
    }

    [Fact]
    public async Task UpsertAsync_ReplacesEveryOldChunk_WhenTheContentChanges()
    {
        await TestDocuments.Brussels.StoreInAsync(Store);

        var outcome = await TestDocuments.Brussels.WithPassages("hash-brussels-2", "칼라스 대표가 서울을 방문했다.").StoreInAsync(Store);

        Assert.Equal(UpsertOutcome.Updated, outcome);
        var chunk = Assert.Single(await Store.GetChunksAsync(["brussels/0", "brussels/1"], CancellationToken.None));
        Assert.Equal("칼라스 대표가 서울을 방문했다.", chunk.Chunk.Text);
        Assert.Empty(await Store.SearchLexicalAsync("무역", SearchFilters.None, 10, CancellationToken.None));
        Assert.Equal(1, (await Store.GetStatisticsAsync(CancellationToken.None)).Chunks);
        Assert.Equal("hash-brussels-2", await Store.GetContentHashAsync("brussels", CancellationToken.None));
    }

    [Fact]
    public async Task RemoveAsync_DeletesTheDocumentAndItsChunks()
    {
        await TestDocuments.Brussels.StoreInAsync(Store);
        await TestDocuments.Tokyo.StoreInAsync(Store);

        var removed = await Store.RemoveAsync("brussels", CancellationToken.None);

        Assert.True(removed);
        Assert.Equal(["tokyo"], (await Store.ListAsync(CancellationToken.None)).Select(d => d.Document.Id));
        Assert.Empty(await Store.GetChunksAsync(["brussels/0"], CancellationToken.None));
        Assert.Empty(await Store.SearchLexicalAsync("조현", SearchFilters.None, 10, CancellationToken.None));
        Assert.Equal(1, (await Store.GetStatisticsAsync(CancellationToken.None)).Chunks);
    }

    [Fact]
    public async Task RemoveAsync_ReturnsFalse_WhenTheDocumentIsAbsent()
    {
        Assert.False(await Store.RemoveAsync("nowhere", CancellationToken.None));
    }

    [Fact]
    public async Task GetContentHashAsync_ReturnsTheStoredHash_OrNullWhenAbsent()
    {
        await TestDocuments.Tokyo.StoreInAsync(Store);

        Assert.Equal("hash-tokyo-1", await Store.GetContentHashAsync("tokyo", CancellationToken.None));
        Assert.Null(await Store.GetContentHashAsync("brussels", CancellationToken.None));
    }

    [Fact]
    public async Task SearchLexicalAsync_FindsATwoSyllableName_InsideAnInflectedWord()
    {
        await StoreAllAsync();

        var hits = await Store.SearchLexicalAsync("조현", SearchFilters.None, 10, CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal(("brussels/0", "brussels"), (hit.ChunkId, hit.DocumentId));
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task SearchLexicalAsync_RanksTheChunkMatchingMoreTermsFirst()
    {
        await StoreAllAsync();

        var hits = await Store.SearchLexicalAsync("판문점 cooperation", SearchFilters.None, 10, CancellationToken.None);

        Assert.Equal("panmunjom/0", hits[0].ChunkId);
        Assert.Equal(3, hits.Count);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task SearchLexicalAsync_ReturnsNothing_WhenTheQuestionHasNoTerms()
    {
        await StoreAllAsync();

        Assert.Empty(await Store.SearchLexicalAsync("?!", SearchFilters.None, 10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task SearchLexicalAsync_KeepsOnlyWhatTheFiltersAllow(SearchFilters filters, string[] expected)
    {
        await StoreAllAsync();

        var hits = await Store.SearchLexicalAsync("cooperation", filters, 10, CancellationToken.None);

        Assert.Equal(expected.Order(), hits.Select(h => h.DocumentId).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task SearchVectorAsync_KeepsOnlyWhatTheFiltersAllow(SearchFilters filters, string[] expected)
    {
        await StoreAllAsync();

        var hits = await Store.SearchVectorAsync(TestVectors.Unit(1, 1, 1, 1), filters, 10, CancellationToken.None);

        Assert.Equal(expected.Order(), hits.Select(h => h.DocumentId).Distinct().Order());
    }

    public static TheoryData<SearchFilters, string[]> FilterCases() => new()
    {
        { SearchFilters.None, ["brussels", "tokyo", "panmunjom"] },
        { new SearchFilters(From: new DateOnly(2026, 1, 1)), ["brussels"] },
        { new SearchFilters(To: new DateOnly(2025, 12, 31)), ["tokyo"] },
        { new SearchFilters(AsOf: new DateOnly(2025, 12, 31)), ["tokyo", "panmunjom"] },
        { new SearchFilters(To: new DateOnly(2026, 12, 31), AsOf: new DateOnly(2025, 12, 31)), ["tokyo"] },
        { new SearchFilters(Source: "the korea herald"), ["tokyo"] },
        { new SearchFilters(Language: "ko"), ["brussels", "panmunjom"] },
        { new SearchFilters(Source: "뉴시스", Language: "en"), [] },
        { new SearchFilters(DocumentIds: ["tokyo", "panmunjom", "absent"]), ["tokyo", "panmunjom"] },
        { new SearchFilters(Language: "ko", DocumentIds: ["tokyo", "panmunjom"]), ["panmunjom"] },
    };

    [Fact]
    public async Task SearchVectorAsync_OrdersChunksByCosineSimilarity()
    {
        await StoreAllAsync();

        var hits = await Store.SearchVectorAsync(TestVectors.Unit(1, 0.2f, 0, 0), SearchFilters.None, 3, CancellationToken.None);

        Assert.Equal(["brussels/0", "brussels/1", "tokyo/0"], hits.Select(h => h.ChunkId));
        Assert.Equal(1 / MathF.Sqrt(1.04f), hits[0].Score, 4);
    }

    [Fact]
    public async Task SearchVectorAsync_ReturnsNothing_ForAQueryOfAnotherLength()
    {
        await StoreAllAsync();

        Assert.Empty(await Store.SearchVectorAsync(new float[] { 1, 0, 0 }, SearchFilters.None, 3, CancellationToken.None));
    }

    [Fact]
    public async Task GetChunksAsync_ReturnsChunksInTheOrderAsked_SkippingUnknownIds()
    {
        await StoreAllAsync();

        var chunks = await Store.GetChunksAsync(["tokyo/0", "missing/0", "brussels/1"], CancellationToken.None);

        Assert.Equal(["tokyo/0", "brussels/1"], chunks.Select(c => c.Chunk.Id));
        Assert.Equal(TestDocuments.Tokyo.Info, chunks[0].Document);
        Assert.Equal(TestDocuments.Brussels.Chunks[1], chunks[1].Chunk);
    }

    [Fact]
    public async Task EnsureEmbedderAsync_Throws_WhenAnotherEmbedderBuiltTheStore()
    {
        var other = new EmbedderIdentity("other-model", 8);

        var error = await Assert.ThrowsAsync<EmbedderMismatchException>(() => Store.EnsureEmbedderAsync(other, CancellationToken.None));

        Assert.Equal(Embedder, error.Stored);
        await Store.EnsureEmbedderAsync(Embedder, CancellationToken.None);
    }

    [Fact]
    public async Task UpsertAsync_LeavesTheStoreIntact_WhenEmbeddingsDoNotMatchChunks()
    {
        await TestDocuments.Brussels.StoreInAsync(Store);
        var bad = TestDocuments.Brussels.WithPassages("hash-brussels-2", "새 본문", "둘째 문단");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.UpsertAsync(bad.ToUpsert().Article, bad.Hash, bad.Chunks, bad.Embeddings.Take(1).ToList(), CancellationToken.None));

        Assert.Equal("hash-brussels-1", await Store.GetContentHashAsync("brussels", CancellationToken.None));
        Assert.Equal(2, (await Store.GetStatisticsAsync(CancellationToken.None)).Chunks);
        Assert.Single(await Store.SearchLexicalAsync("조현", SearchFilters.None, 10, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_Rejects_EmbeddingsOfAnotherLength()
    {
        var bad = TestDocuments.Tokyo with { Vectors = [new float[] { 1, 0 }] };

        await Assert.ThrowsAsync<ArgumentException>(() => bad.StoreInAsync(Store));

        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AReopenedStore_SeesWhatWasStored()
    {
        await StoreAllAsync();
        await Store.DisposeAsync();

        await using var reopened = await OpenStoreAsync();

        Assert.Equal(3, (await reopened.GetStatisticsAsync(CancellationToken.None)).Documents);
        Assert.Single(await reopened.SearchLexicalAsync("조현", SearchFilters.None, 10, CancellationToken.None));
        Assert.Equal("tokyo/0", (await reopened.SearchVectorAsync(TestVectors.Unit(0, 1, 0, 0), SearchFilters.None, 1, CancellationToken.None))[0].ChunkId);
        _store = null;
    }

    /// <summary>Opens the store under test with the Korean tokenizer; every call within one test opens the same data.</summary>
    protected Task<IDocumentStore> OpenStoreAsync() => OpenStoreAsync(new KoreanTokenizer());

    /// <summary>Opens the store under test with <paramref name="tokenizer"/>; every call within one test opens the same data.</summary>
    protected abstract Task<IDocumentStore> OpenStoreAsync(ITextTokenizer tokenizer);

    private async Task StoreAllAsync()
    {
        foreach (var document in TestDocuments.All)
        {
            await document.StoreInAsync(Store);
        }
    }
}
