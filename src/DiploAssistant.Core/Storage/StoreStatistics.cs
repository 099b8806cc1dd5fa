namespace DiploAssistant.Core.Storage;

/// <summary>Counts for <c>sources</c>, <c>list</c> and health checks, and which embedder and tokenizer made the store's vectors and search terms.</summary>
public sealed record StoreStatistics(int Documents, int Chunks, DateOnly? NewestPublished, string? EmbedderId, string? TokenizerId = null);
