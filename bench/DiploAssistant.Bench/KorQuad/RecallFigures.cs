namespace DiploAssistant.Bench.KorQuad;

/// <summary>Retrieval quality of one engine over one question set.</summary>
internal sealed record RecallFigures(double RecallAt1, double RecallAt5, double RecallAt10, double MrrAt10, int Questions);
