using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

/// <summary>Articles cut into one chunk per paragraph and embedded by the hashing embedder.</summary>
internal static class StoreTestData
{
    private static readonly HashingEmbedder Embedder = new();

    public static EmbedderIdentity Identity => Embedder.Identity;

    public static Article Article(
        string id, string title, string text, DateOnly? published = null, string? source = "연합뉴스", string language = "ko") =>
        new(new DocumentInfo(id, title, source, $"https://example.org/{id}", $"test:{id}", published, language), text);

    public static IReadOnlyList<Chunk> Chunks(Article article)
    {
        var paragraphs = article.Text.Split("\n\n");
        var chunks = new List<Chunk>();
        var start = 0;
        foreach (var paragraph in paragraphs)
        {
            chunks.Add(new Chunk(Chunk.MakeId(article.Document.Id, chunks.Count), article.Document.Id, chunks.Count, paragraph, start));
            start += paragraph.Length + 2;
        }

        return chunks;
    }

    public static IReadOnlyList<ReadOnlyMemory<float>> Embeddings(IReadOnlyList<Chunk> chunks) =>
        chunks.Select(c => (ReadOnlyMemory<float>)Embedder.Embed(c.Text)).ToList();

    public static string Hash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    public static float[] Embed(string text) => Embedder.Embed(text);

    public static Task<UpsertOutcome> StoreAsync(IDocumentStore store, Article article, string? hash = null)
    {
        var chunks = Chunks(article);
        return store.UpsertAsync(article, hash ?? Hash(article.Text),
            chunks, Embeddings(chunks), CancellationToken.None);
    }
}
