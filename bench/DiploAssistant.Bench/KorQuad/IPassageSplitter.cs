using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>Cuts a document into chunks; the bench's own splitter stands in until the product's chunker is merged.</summary>
internal interface IPassageSplitter
{
    IReadOnlyList<Chunk> Split(string documentId, string text);
}
