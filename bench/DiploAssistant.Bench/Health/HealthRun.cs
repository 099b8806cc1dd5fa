using DiploAssistant.Bench.Speed;

namespace DiploAssistant.Bench.Health;

/// <summary>One server configuration: each health path alone and under load, and the asks that made the load.</summary>
internal sealed record HealthRun(
    string Configuration,
    IReadOnlyDictionary<string, LatencyFigures> Alone,
    IReadOnlyDictionary<string, LatencyFigures> UnderLoad,
    IReadOnlyDictionary<string, int> ProbesUnderLoad,
    LatencyFigures Asks,
    int AsksAnswered,
    double AsksPerSecond,
    int AskErrors,
    long? ServerPeakRssKilobytes);
