namespace DiploAssistant.Bench.Postgres;

/// <summary>One store's measurements: ingest throughput and per-method query latencies (milliseconds).</summary>
internal sealed record StoreResult(
    string Name,
    double DocumentsPerSecond,
    LatencySummary Lexical,
    LatencySummary Vector,
    LatencySummary Hybrid);
