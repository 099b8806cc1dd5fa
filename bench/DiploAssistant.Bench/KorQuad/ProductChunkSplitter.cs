using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>The product's own sentence chunker with its default sizes, so the bench measures what users get.</summary>
internal sealed class ProductChunkSplitter : IPassageSplitter
{
    private readonly SentenceChunker _chunker = new(new IngestionOptions());

    public IReadOnlyList<Chunk> Split(string documentId, string text) => _chunker.Chunk(documentId, text);
}
