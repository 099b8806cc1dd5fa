namespace DiploAssistant.Bench.KorQuad;

/// <summary>Everything one bench run measured.</summary>
internal sealed record KorQuadReport(
    bool Distractors,
    int Documents,
    int Chunks,
    int Questions,
    TimeSpan IndexTime,
    TimeSpan BaselineIndexTime,
    EngineResult Baseline,
    IReadOnlyList<EngineResult> Engines);
