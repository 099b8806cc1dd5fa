using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Answering.Orchestration;

/// <summary>A SQLite store in a temporary folder holding sample articles, with the real hybrid retriever over it.</summary>
internal sealed class SampleArticleStore : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-tools-" + Guid.NewGuid().ToString("N"));

    private SampleArticleStore()
    {
        Store = new SqliteDocumentStore(_directory, new KoreanTokenizer());
        Retriever = new HybridRetriever(Store, Embedder);
    }

    public SqliteDocumentStore Store { get; }

    public HybridRetriever Retriever { get; }

    private HashingEmbedder Embedder { get; } = new();

    public static async Task<SampleArticleStore> CreateAsync(params SampleArticle[] articles)
    {
        var store = new SampleArticleStore();
        await store.Store.EnsureEmbedderAsync(store.Embedder.Identity, CancellationToken.None);
        foreach (var article in articles)
        {
            var chunks = Enumerable.Range(0, article.ChunkCount).Select(i => article.Chunk(i, 0).Chunk).ToList();
            var vectors = chunks.Select(c => (ReadOnlyMemory<float>)store.Embedder.Embed($"{article.Document.Title}\n{c.Text}")).ToList();
            await store.Store.UpsertAsync(new Article(article.Document, article.Text), article.Document.Id + "-hash", chunks, vectors, CancellationToken.None);
        }

        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
