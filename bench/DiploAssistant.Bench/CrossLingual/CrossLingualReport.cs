namespace DiploAssistant.Bench.CrossLingual;

/// <summary>Everything one cross-lingual run measured.</summary>
internal sealed record CrossLingualReport(int Pairs, IReadOnlyList<CrossLingualRow> Rows, string? SkippedPeers);
