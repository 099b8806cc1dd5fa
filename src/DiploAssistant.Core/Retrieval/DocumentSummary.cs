using DiploAssistant.Core.Articles;

namespace DiploAssistant.Core.Retrieval;

/// <summary>A stored document as listed to users: metadata, chunk count and when it was loaded.</summary>
public sealed record DocumentSummary(DocumentInfo Document, int ChunkCount, string ContentHash, DateTimeOffset IngestedAt);
