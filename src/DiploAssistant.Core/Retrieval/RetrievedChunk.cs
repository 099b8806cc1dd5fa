using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Retrieval;

/// <summary>A chunk found for a question, with its document's metadata and the fused relevance score (higher is better).</summary>
public sealed record RetrievedChunk(Chunk Chunk, DocumentInfo Document, double Score);
