using DiploAssistant.Bench.Load;

namespace DiploAssistant.Bench.Speed;

/// <summary>Ingestion throughput, latency at each corpus size, and (unless skipped) the server under load.</summary>
internal sealed record SpeedReport(
    IReadOnlyList<IngestionRow> Ingestion,
    IReadOnlyList<IngestionRow> SubsetIngestion,
    IReadOnlyList<LatencyRow> Latency,
    string QuestionSource,
    LoadReport? Load,
    string? LoadSkipped,
    TimeSpan Elapsed);
