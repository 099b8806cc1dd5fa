using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>A small document to store: one chunk per passage, each with a 4-dimensional unit vector.</summary>
internal sealed record TestDocument(DocumentInfo Info, string Hash, IReadOnlyList<string> Passages, IReadOnlyList<float[]> Vectors)
{
    public string Id => Info.Id;

    public IReadOnlyList<Chunk> Chunks => Passages
        .Select((text, i) => new Chunk(Chunk.MakeId(Info.Id, i), Info.Id, i, text, i * 100))
        .ToList();

    public IReadOnlyList<ReadOnlyMemory<float>> Embeddings => Vectors.Select(v => (ReadOnlyMemory<float>)v).ToList();

    public DocumentUpsert ToUpsert() =>
        new(new Article(Info, string.Join("\n\n", Passages), new Dictionary<string, string> { ["section"] = "politics" }), Hash, Chunks, Embeddings);

    public Task<UpsertOutcome> StoreInAsync(IDocumentStore store) =>
        store.UpsertAsync(ToUpsert().Article, Hash, Chunks, Embeddings, CancellationToken.None);

    public TestDocument WithPassages(string hash, params string[] passages) =>
        this with { Hash = hash, Passages = passages, Vectors = passages.Select((_, i) => TestVectors.Unit(1, i, 0, 0)).ToList() };
}
