using DiploAssistant.Bench.KorQuad;

namespace DiploAssistant.Bench.Postgres.KorQuad;

/// <summary>One store's KorQuAD run: ingest throughput, query latencies and the recall of its hybrid retrieval.</summary>
internal sealed record KorQuadStoreRun(StoreResult Store, TimeSpan IngestTime, RecallFigures Recall, LatencySummary DocumentRetrieval);
