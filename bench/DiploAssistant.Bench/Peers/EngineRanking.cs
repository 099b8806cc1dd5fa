namespace DiploAssistant.Bench.Peers;

/// <summary>The document ids one engine returned for each query id, best first, with its index and query-loop times.</summary>
internal sealed record EngineRanking(
    string Engine,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Rankings,
    TimeSpan? IndexTime,
    TimeSpan? QueryTime);
