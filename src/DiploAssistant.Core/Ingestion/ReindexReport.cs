using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Ingestion;

/// <summary>What <c>diplo reindex</c> did: how many chunks were re-embedded, and the embedder before and after.</summary>
public sealed record ReindexReport(int Chunks, string? PreviousEmbedder, EmbedderIdentity Embedder);
