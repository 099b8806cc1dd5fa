using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Keeps every progress report, synchronously (<see cref="Progress{T}"/> would post them later).</summary>
internal sealed class RecordingProgress : IProgress<IngestionProgress>
{
    public List<IngestionProgress> Reports { get; } = [];

    public void Report(IngestionProgress value) => Reports.Add(value);
}
