using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Retrieval;

/// <summary>A chunk found for a question, with its document's metadata and the fused relevance score (higher is better).</summary>
public sealed record RetrievedChunk(Chunk Chunk, DocumentInfo Document, double Score)
{
    /// <summary>The document's wire-copy cluster when it has copies (set by retrieval); null when it is its own cluster.</summary>
    public DocumentCluster? Cluster { get; init; }
}
