namespace DiploAssistant.Core.Storage;

/// <summary>A raw hit from one retrieval method (lexical or vector), before fusion.</summary>
public sealed record ScoredChunk(string ChunkId, string DocumentId, double Score);
