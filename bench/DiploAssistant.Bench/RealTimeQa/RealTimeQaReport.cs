namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>Everything one RealTimeQA run measured, for the results file.</summary>
internal sealed record RealTimeQaReport(
    int Questions,
    int Documents,
    int DocumentsStored,
    int DocumentsFailed,
    int StoriesStored,
    TimeSpan IngestTime,
    IReadOnlyList<EngineRow> Engines,
    AnswerFigures Answers,
    string? SkippedPeers);
