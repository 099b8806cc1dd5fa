using DiploAssistant.Core;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The contract of <c>diplo reindex</c>: every chunk listed, every vector swapped at once, or nothing changed.</summary>
public abstract partial class DocumentStoreContractTests
{
    private static readonly EmbedderIdentity Wider = new("test-8d", 8);
    private static readonly List<string> WideAxes = ["brussels/0", "brussels/1", "panmunjom/0", "tokyo/0"];

    [Fact]
    public async Task ListChunksAsync_ReturnsEveryChunk_ByDocumentThenOrdinal()
    {
        await StoreAllAsync();

        var chunks = await Store.ListChunksAsync(CancellationToken.None);

        Assert.Equal(["brussels/0", "brussels/1", "panmunjom/0", "tokyo/0"], chunks.Select(c => c.Id));
        Assert.Equal(TestDocuments.Brussels.Chunks[1], chunks[1]);
    }

    [Fact]
    public async Task ReplaceEmbeddingsAsync_SwapsEveryVector_AndRecordsTheNewEmbedder_WhenTheDimensionChanges()
    {
        await StoreAllAsync();
        var chunks = await Store.ListChunksAsync(CancellationToken.None);

        await Store.ReplaceEmbeddingsAsync(Wider, chunks.ToDictionary(c => c.Id, c => (ReadOnlyMemory<float>)WideVector(c.Id)), CancellationToken.None);

        Assert.Equal("test-8d", (await Store.GetStatisticsAsync(CancellationToken.None)).EmbedderId);
        await Store.EnsureEmbedderAsync(Wider, CancellationToken.None);
        await Assert.ThrowsAsync<EmbedderMismatchException>(() => Store.EnsureEmbedderAsync(Embedder, CancellationToken.None));
        var hits = await Store.SearchVectorAsync(WideVector("tokyo/0"), SearchFilters.None, 2, CancellationToken.None);
        Assert.Equal("tokyo/0", hits[0].ChunkId);
        Assert.Equal(1, hits[0].Score, 4);
        Assert.Empty(await Store.SearchVectorAsync(TestVectors.Unit(0, 1, 0, 0), SearchFilters.None, 2, CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceEmbeddingsAsync_LeavesAStoreThatTakesOnlyTheNewDimension()
    {
        await TestDocuments.Brussels.StoreInAsync(Store);
        var chunks = await Store.ListChunksAsync(CancellationToken.None);
        await Store.ReplaceEmbeddingsAsync(Wider, chunks.ToDictionary(c => c.Id, c => (ReadOnlyMemory<float>)WideVector(c.Id)), CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() => TestDocuments.Tokyo.StoreInAsync(Store));
        var wideTokyo = TestDocuments.Tokyo with { Vectors = [WideVector("tokyo/0")] };
        Assert.Equal(UpsertOutcome.Added, await wideTokyo.StoreInAsync(Store));

        Assert.Equal("tokyo/0", (await Store.SearchVectorAsync(WideVector("tokyo/0"), SearchFilters.None, 1, CancellationToken.None))[0].ChunkId);
    }

    [Fact]
    public async Task ReplaceEmbeddingsAsync_ChangesNothing_WhenAStoredChunkHasNoNewVector()
    {
        await StoreAllAsync();
        var partial = new Dictionary<string, ReadOnlyMemory<float>> { ["brussels/0"] = WideVector("brussels/0") };

        await Assert.ThrowsAsync<DiploException>(() => Store.ReplaceEmbeddingsAsync(Wider, partial, CancellationToken.None));

        await AssertTheOldVectorsRemainAsync();
    }

    [Fact]
    public async Task ReplaceEmbeddingsAsync_ChangesNothing_WhenAVectorHasTheWrongLength()
    {
        await StoreAllAsync();
        var chunks = await Store.ListChunksAsync(CancellationToken.None);
        var vectors = chunks.ToDictionary(c => c.Id, c => (ReadOnlyMemory<float>)WideVector(c.Id));
        vectors["tokyo/0"] = TestVectors.Unit(0, 1, 0, 0);

        await Assert.ThrowsAsync<DiploException>(() => Store.ReplaceEmbeddingsAsync(Wider, vectors, CancellationToken.None));

        await AssertTheOldVectorsRemainAsync();
    }

    private async Task AssertTheOldVectorsRemainAsync()
    {
        Assert.Equal(TestVectors.ModelId, (await Store.GetStatisticsAsync(CancellationToken.None)).EmbedderId);
        await Store.EnsureEmbedderAsync(Embedder, CancellationToken.None);
        var hits = await Store.SearchVectorAsync(TestVectors.Unit(0, 1, 0, 0), SearchFilters.None, 1, CancellationToken.None);
        Assert.Equal("tokyo/0", hits[0].ChunkId);
    }

    /// <summary>A distinct 8-dimensional unit vector per chunk, so a search for one finds exactly it first.</summary>
    private static float[] WideVector(string chunkId)
    {
        var values = new float[8];
        values[WideAxes.IndexOf(chunkId) + 2] = 1;
        return values;
    }
}
