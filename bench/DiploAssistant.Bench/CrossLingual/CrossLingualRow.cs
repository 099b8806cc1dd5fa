using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.CrossLingual;

/// <summary>One engine in one direction.</summary>
internal sealed record CrossLingualRow(string Direction, string Engine, RecallFigures Figures, TimeSpan? IndexTime, TimeSpan? QueryTime);
