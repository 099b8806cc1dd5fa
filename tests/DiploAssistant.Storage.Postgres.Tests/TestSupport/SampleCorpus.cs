using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// The repository's sample articles (<c>data/*.txt</c>: headline, blank line, body), chunked by the product's chunker and
/// embedded by the offline embedder, as ingestion would store them.
/// </summary>
internal static class SampleCorpus
{
    public static HashingEmbedder Embedder { get; } = new();

    public static IReadOnlyList<DocumentUpsert> Load()
    {
        var chunker = new SentenceChunker(new IngestionOptions());
        var documents = new List<DocumentUpsert>();
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "data"), "*.txt").Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var lines = File.ReadAllText(files[i]).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', 2);
            var id = Path.GetFileNameWithoutExtension(files[i]);
            var info = new DocumentInfo(id, lines[0].Trim(), i % 2 == 0 ? "뉴시스" : "연합뉴스", null, files[i], new DateOnly(2026, 1, 10 + i), "ko");
            var body = lines.Length > 1 ? lines[1].Trim() : string.Empty;
            var chunks = chunker.Chunk(id, body);
            var embeddings = chunks.Select(c => (ReadOnlyMemory<float>)Embedder.Embed(info.Title + "\n" + c.Text)).ToList();
            documents.Add(new DocumentUpsert(new Article(info, body), "sha-" + id, chunks, embeddings));
        }

        return documents;
    }

    public static async Task StoreInAsync(IDocumentStore store)
    {
        await store.EnsureEmbedderAsync(Embedder.Identity, CancellationToken.None);
        foreach (var document in Load())
        {
            await store.UpsertAsync(document.Article, document.ContentHash, document.Chunks, document.Embeddings, CancellationToken.None);
        }
    }

    /// <summary>Questions of every kind: names inside inflected words, places, English, and nothing found.</summary>
    public static IReadOnlyList<string> Questions { get; } =
    [
        "조현 장관은 누구와 만났나?",
        "칼라스 고위대표",
        "브뤼셀 전략 대화에서 무엇을 논의했나",
        "안보 국방 협력",
        "외교부 장관 회담",
        "정상회담 고위급 교류",
        "EU foreign policy",
        "북한 핵 문제",
        "일본 외무상",
        "존재하지않는단어",
    ];
}
