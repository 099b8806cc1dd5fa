namespace DiploAssistant.Bench.Speed;

/// <summary>Query latencies at one corpus size: <c>search</c> (HybridRetriever, top 10), <c>ask</c> (IAskService) and raw FTS5 MATCH.</summary>
internal sealed record LatencyRow(int Documents, int Chunks, int Questions, LatencyFigures Search, LatencyFigures Ask, LatencyFigures Fts5);
