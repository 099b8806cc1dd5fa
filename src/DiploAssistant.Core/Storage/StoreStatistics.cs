namespace DiploAssistant.Core.Storage;

/// <summary>Counts for <c>sources</c>, <c>list</c> and health checks.</summary>
public sealed record StoreStatistics(int Documents, int Chunks, DateOnly? NewestPublished, string? EmbedderId);
