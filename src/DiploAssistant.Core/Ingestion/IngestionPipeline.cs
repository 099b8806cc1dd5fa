using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Identity;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Runs the named steps for every input — load (read, clean, segment, metadata), fingerprint, chunk, embed, store — in
/// batches of <see cref="IngestionOptions.BatchSize"/> documents (<see cref="IngestionBatchWriter"/>): each document is
/// stored atomically, a failure costs only that document, and re-running the same input changes nothing.
/// </summary>
public sealed partial class IngestionPipeline : IIngestionService
{
    // A batch also ends once its articles hold this much text, so a folder of very long articles is not held in memory at once.
    private const long MaxBatchCharacters = 8_000_000;

    private readonly ArticleLoader _loader;
    private readonly ArticleParser _parser;
    private readonly EmbedderIdentity _embedderIdentity;
    private readonly IDocumentStore _store;
    private readonly IngestionBatchWriter _writer;
    private readonly int _batchSize;
    private readonly IIngestionListener[] _listeners;
    private readonly ILogger<IngestionPipeline> _logger;

    public IngestionPipeline(
        ArticleLoader loader,
        ArticleParser parser,
        SentenceChunker chunker,
        IEmbeddingGenerator<string, Embedding<float>> embedder,
        EmbedderIdentity embedderIdentity,
        IDocumentStore store,
        IOptions<IngestionOptions> options,
        ILogger<IngestionPipeline> logger,
        NameLexicon? names = null,
        IEnumerable<IIngestionListener>? listeners = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _listeners = [.. listeners ?? []];
        _logger = logger;
        _loader = loader;
        _parser = parser;
        _embedderIdentity = embedderIdentity;
        _store = store;
        _batchSize = options.Value.BatchSize;
        _writer = new IngestionBatchWriter(chunker, embedder, store, new ContentHasher(options.Value, embedderIdentity), logger, names)
        {
            DetectWireCopies = options.Value.DetectWireCopies,
        };
    }

    public async Task<IngestionReport> IngestAsync(
        IReadOnlyList<string> pathsOrUrls,
        string? sourceName,
        IProgress<IngestionProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pathsOrUrls);

        // Files and folders (diplo ingest) may be many documents: a store that indexes faster after a load is told so first.
        // A web page (a chat's or the API's link) is one article, written as any upload is.
        await using var bulkLoad = _store is IBulkLoadingStore bulk && pathsOrUrls.Any(p => !WebAddress.Is(p))
            ? await bulk.BeginBulkLoadAsync(cancellationToken).ConfigureAwait(false)
            : null;
        await _store.EnsureEmbedderAsync(_embedderIdentity, cancellationToken).ConfigureAwait(false);
        var run = new Run(progress);
        foreach (var input in pathsOrUrls)
        {
            await foreach (var loaded in _loader.LoadAsync(input, sourceName, cancellationToken).ConfigureAwait(false))
            {
                await AddAsync(run, loaded, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushAsync(run, cancellationToken).ConfigureAwait(false);
        return await NotifyAsync(new IngestionReport(run.Items), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IngestionReport> IngestAsync(RawSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await _store.EnsureEmbedderAsync(_embedderIdentity, cancellationToken).ConfigureAwait(false);
        var run = new Run(null);
        if (source.Origin is null)
        {
            // Bytes without a path: known by their (sanitised) name and content, so another file of the same name is another document.
            var name = UploadFileName.Sanitize(source.Uri);
            source = source with { Uri = name, Origin = DocumentOrigin.ForUpload(name, source.Content.Span, replace: false) };
        }

        foreach (var loaded in _parser.Parse(source))
        {
            await AddAsync(run, loaded, cancellationToken).ConfigureAwait(false);
        }

        await FlushAsync(run, cancellationToken).ConfigureAwait(false);
        return await NotifyAsync(new IngestionReport(run.Items), cancellationToken).ConfigureAwait(false);
    }

    private async Task AddAsync(Run run, LoadResult loaded, CancellationToken cancellationToken)
    {
        run.Batch.Add(loaded);
        run.BatchCharacters += loaded.Article?.Text.Length ?? 0;
        if (run.Batch.Count >= _batchSize || run.BatchCharacters >= MaxBatchCharacters)
        {
            await FlushAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores the pending batch and reports progress for each of its items, in input order.</summary>
    private async Task FlushAsync(Run run, CancellationToken cancellationToken)
    {
        if (run.Batch.Count == 0)
        {
            return;
        }

        var stored = await _writer.StoreAsync(run.Batch, cancellationToken).ConfigureAwait(false);
        run.Batch.Clear();
        run.BatchCharacters = 0;
        foreach (var item in stored)
        {
            run.Items.Add(item);
            run.Progress?.Report(new IngestionProgress(run.Items.Count, item));
        }
    }

    /// <summary>Tells the listeners (watches) which documents this load added or changed; their failures cost the load nothing.</summary>
    private async Task<IngestionReport> NotifyAsync(IngestionReport report, CancellationToken cancellationToken)
    {
        var batch = LoadedBatch.From(report);
        if (batch.DocumentIds.Count == 0)
        {
            return report;
        }

        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnLoadedAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogListenerFailed(ex, listener.GetType().Name, batch.DocumentIds.Count);
            }
        }

        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ingestion listener {Listener} failed on a load of {Count} documents")]
    private partial void LogListenerFailed(Exception exception, string listener, int count);

    /// <summary>One ingestion run: the items done so far and the batch waiting to be stored.</summary>
    private sealed class Run(IProgress<IngestionProgress>? progress)
    {
        public IProgress<IngestionProgress>? Progress { get; } = progress;

        public List<IngestionItem> Items { get; } = [];

        public List<LoadResult> Batch { get; } = [];

        public long BatchCharacters { get; set; }
    }
}
