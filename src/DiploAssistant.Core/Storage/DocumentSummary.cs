using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Storage;

/// <summary>A stored document as listed to users: metadata, chunk count, when it was loaded and its wire-copy cluster.</summary>
public sealed record DocumentSummary(DocumentInfo Document, int ChunkCount, string ContentHash, DateTimeOffset IngestedAt)
{
    /// <summary>Its wire-copy cluster: the representative's (earliest document's) id; its own id when it has no copies.</summary>
    public string? ClusterId { get; init; }

    /// <summary>How many documents its cluster holds (1 when it has no copies).</summary>
    public int ClusterSize { get; init; } = 1;
}
