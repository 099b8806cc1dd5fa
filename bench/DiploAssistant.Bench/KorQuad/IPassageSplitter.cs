using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>Cuts a document into chunks (the product chunker; swappable to compare chunking strategies).</summary>
internal interface IPassageSplitter
{
    IReadOnlyList<Chunk> Split(string documentId, string text);
}
