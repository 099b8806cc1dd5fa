namespace DiploAssistant.Bench.KorQuad;

/// <summary>Figures of one engine in one run, with the time its question loop took.</summary>
internal sealed record EngineResult(string Engine, RecallFigures Figures, TimeSpan QueryTime);
