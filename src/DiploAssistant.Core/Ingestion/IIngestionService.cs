using DiploAssistant.Core.Articles;

namespace DiploAssistant.Core.Ingestion;

/// <summary>Loads articles into the store: read, clean, segment, chunk, embed, store. Re-running the same input changes nothing.</summary>
public interface IIngestionService
{
    /// <summary>Ingests files, folders (recursive) and http(s) URLs. Failed inputs are reported and skipped; the rest are stored.</summary>
    Task<IngestionReport> IngestAsync(
        IReadOnlyList<string> pathsOrUrls,
        string? sourceName,
        IProgress<IngestionProgress>? progress,
        CancellationToken cancellationToken);

    /// <summary>Ingests bytes that arrived another way (an upload or a chat attachment).</summary>
    Task<IngestionReport> IngestAsync(RawSource source, CancellationToken cancellationToken);
}
