using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiploAssistant.Core.Tests.Models;

/// <summary>Switching embedders re-embeds the whole store instead of mixing vectors.</summary>
public sealed class ReindexServiceTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-reindex-" + Guid.NewGuid().ToString("N"));
    private readonly HashingEmbedder _old = new(64);
    private readonly HashingEmbedder _new = new(128);
    private SqliteDocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory);
        await _store.EnsureEmbedderAsync(_old.Identity, CancellationToken.None);
        foreach (var (id, text) in new[] { ("a", "조현 장관은 브뤼셀에서 칼라스를 만났다."), ("b", "한미 2+2 장관회의가 워싱턴에서 열렸다.") })
        {
            var document = new DocumentInfo(id, id, null, null, $"test://{id}", null, "ko");
            await _store.UpsertAsync(new Article(document, text), id, [new Chunk(Chunk.MakeId(id, 0), id, 0, text, 0)], [_old.Embed(text)], CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ReindexAsync_ReEmbedsEveryChunk_AndRecordsTheNewEmbedder()
    {
        var report = await new ReindexService(_store, _new, _new.Identity, NullLogger<ReindexService>.Instance).ReindexAsync(null, CancellationToken.None);

        Assert.Equal(2, report.Chunks);
        Assert.Equal(_new.Identity, report.Embedder);
        await _store.EnsureEmbedderAsync(_new.Identity, CancellationToken.None);
        await Assert.ThrowsAsync<EmbedderMismatchException>(() => _store.EnsureEmbedderAsync(_old.Identity, CancellationToken.None));
        var hits = await _store.SearchVectorAsync(_new.Embed("한미 2+2 장관회의"), SearchFilters.None, 2, CancellationToken.None);
        Assert.Equal("b", hits[0].DocumentId);
    }

    [Fact]
    public async Task ReplaceEmbeddingsAsync_ChangesNothing_WhenAStoredChunkHasNoNewVector()
    {
        var partial = new Dictionary<string, ReadOnlyMemory<float>> { ["a/0"] = _new.Embed("a") };

        await Assert.ThrowsAsync<DiploException>(() => _store.ReplaceEmbeddingsAsync(_new.Identity, partial, CancellationToken.None));

        await _store.EnsureEmbedderAsync(_old.Identity, CancellationToken.None);
    }

    [Fact]
    public async Task ListChunksAsync_ReturnsEveryChunk_ByDocument()
    {
        var chunks = await _store.ListChunksAsync(CancellationToken.None);

        Assert.Equal(["a/0", "b/0"], chunks.Select(c => c.Id));
    }
}
