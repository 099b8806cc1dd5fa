using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Storage;

/// <summary>A stored document as listed to users: metadata, chunk count and when it was loaded.</summary>
public sealed record DocumentSummary(DocumentInfo Document, int ChunkCount, string ContentHash, DateTimeOffset IngestedAt);
