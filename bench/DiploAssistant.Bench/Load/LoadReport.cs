using DiploAssistant.Bench.Processes;
using DiploAssistant.Bench.Speed;

namespace DiploAssistant.Bench.Load;

/// <summary>The server under load: every step, the ingest that ran during the second phase, and the server's peak RSS.</summary>
internal sealed record LoadReport(
    string Question,
    int StoreDocuments,
    TimeSpan StepDuration,
    IReadOnlyList<LoadStep> Steps,
    DumpFile IngestedDuringLoad,
    ChildRun IngestRun,
    long? ServerPeakRssKilobytes)
{
    /// <summary>The highest achieved rate among the passing steps of an endpoint and phase; null when none passed.</summary>
    public LoadStep? Sustained(string endpoint, bool duringIngest) => Steps
        .Where(s => s.Endpoint == endpoint && s.DuringIngest == duringIngest && s.Passed && (!duringIngest || s.IngestRanThroughout))
        .MaxBy(s => s.Hey.RequestsPerSecond);
}
