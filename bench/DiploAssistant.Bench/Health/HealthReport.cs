namespace DiploAssistant.Bench.Health;

/// <summary>One run of <see cref="HealthUnderLoadBenchmark"/>: the store size and each server configuration measured on it.</summary>
internal sealed record HealthReport(int Articles, IReadOnlyList<HealthRun> Runs);
