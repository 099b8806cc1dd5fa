using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>One row of the retrieval table: an engine, how it uses dates, its figures and times, and the README's figure for it if any.</summary>
internal sealed record EngineRow(string Engine, string Dates, RecallFigures Figures, TimeSpan? IndexTime, TimeSpan? QueryTime, string? ReadmeBaseline = null);
