namespace DiploAssistant.Core.Retrieval;

/// <summary>A chunk's fused score while ranking, before its metadata is read.</summary>
internal sealed record FusedCandidate(string ChunkId, string DocumentId, double Score);
