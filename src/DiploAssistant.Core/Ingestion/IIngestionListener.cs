namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Told once per load (one <see cref="IIngestionService.IngestAsync(Articles.RawSource, CancellationToken)"/> or path/URL run: an
/// upload, a URL load, a chat attachment, an ingest) after its documents are stored, with those that were added or changed.
/// Only listeners registered in the process that loads hear of it: a <c>diplo ingest</c> in another process tells no server.
/// </summary>
public interface IIngestionListener
{
    /// <summary>Called after the load; a failure is logged and does not fail the load.</summary>
    Task OnLoadedAsync(LoadedBatch batch, CancellationToken cancellationToken);
}
