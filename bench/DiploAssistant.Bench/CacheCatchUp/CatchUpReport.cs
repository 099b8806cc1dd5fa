namespace DiploAssistant.Bench.CacheCatchUp;

/// <summary>The store's size, the batch size, every round, and how many full loads the served store did in all (1 expected).</summary>
internal sealed record CatchUpReport(int Documents, int BatchSize, IReadOnlyList<CatchUpRound> Rounds, int ServedFullLoads, TimeSpan Elapsed);
