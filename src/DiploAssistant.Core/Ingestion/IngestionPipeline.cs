using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Runs the named steps for every input — load (read, clean, segment, metadata), fingerprint, chunk, embed, store — one
/// document at a time, so a failure costs only that document and re-running the same input changes nothing.
/// </summary>
public sealed partial class IngestionPipeline : IIngestionService
{
    private readonly ArticleLoader _loader;
    private readonly ArticleParser _parser;
    private readonly SentenceChunker _chunker;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly EmbedderIdentity _embedderIdentity;
    private readonly IDocumentStore _store;
    private readonly ContentHasher _hasher;
    private readonly ILogger<IngestionPipeline> _logger;

    public IngestionPipeline(
        ArticleLoader loader,
        ArticleParser parser,
        SentenceChunker chunker,
        IEmbeddingGenerator<string, Embedding<float>> embedder,
        EmbedderIdentity embedderIdentity,
        IDocumentStore store,
        IOptions<IngestionOptions> options,
        ILogger<IngestionPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _loader = loader;
        _parser = parser;
        _chunker = chunker;
        _embedder = embedder;
        _embedderIdentity = embedderIdentity;
        _store = store;
        _hasher = new ContentHasher(options.Value, embedderIdentity);
        _logger = logger;
    }

    public async Task<IngestionReport> IngestAsync(
        IReadOnlyList<string> pathsOrUrls,
        string? sourceName,
        IProgress<IngestionProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pathsOrUrls);
        await _store.EnsureEmbedderAsync(_embedderIdentity, cancellationToken).ConfigureAwait(false);
        var items = new List<IngestionItem>();
        foreach (var input in pathsOrUrls)
        {
            await foreach (var loaded in _loader.LoadAsync(input, sourceName, cancellationToken).ConfigureAwait(false))
            {
                var item = await StoreAsync(loaded, cancellationToken).ConfigureAwait(false);
                items.Add(item);
                progress?.Report(new IngestionProgress(items.Count, item));
            }
        }

        return new IngestionReport(items);
    }

    public async Task<IngestionReport> IngestAsync(RawSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await _store.EnsureEmbedderAsync(_embedderIdentity, cancellationToken).ConfigureAwait(false);
        var items = new List<IngestionItem>();
        foreach (var loaded in _parser.Parse(source))
        {
            items.Add(await StoreAsync(loaded, cancellationToken).ConfigureAwait(false));
        }

        return new IngestionReport(items);
    }

    private async Task<IngestionItem> StoreAsync(LoadResult loaded, CancellationToken cancellationToken)
    {
        if (loaded.Article is not { } article)
        {
            LogSkipped(loaded.Uri, loaded.FailureReason);
            return new IngestionItem(loaded.Uri, null, null, IngestionStatus.Failed, loaded.FailureReason);
        }

        var document = article.Document;
        try
        {
            var hash = _hasher.Hash(article);
            if (await _store.GetContentHashAsync(document.Id, cancellationToken).ConfigureAwait(false) == hash)
            {
                return Item(article, IngestionStatus.Unchanged);
            }

            var chunks = _chunker.Chunk(document.Id, article.Text);
            if (chunks.Count == 0)
            {
                return Item(article, IngestionStatus.Failed, "no article text was left after cleaning");
            }

            var vectors = await _embedder.GenerateAsync(chunks.Select(c => c.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
            var outcome = await _store.UpsertAsync(article, hash, chunks, [.. vectors.Select(v => v.Vector)], cancellationToken).ConfigureAwait(false);
            LogStored(document.Id, outcome, chunks.Count);
            return Item(article, outcome switch
            {
                UpsertOutcome.Added => IngestionStatus.Added,
                UpsertOutcome.Updated => IngestionStatus.Updated,
                _ => IngestionStatus.Unchanged,
            });
        }
        catch (DiploException ex) when (ex is not EmbedderMismatchException)
        {
            LogFailed(document.Id, ex);
            return Item(article, IngestionStatus.Failed, ex.Message);
        }
    }

    private static IngestionItem Item(Article article, IngestionStatus status, string? reason = null) =>
        new(article.Document.Uri, article.Document.Id, article.Document.Title, status, reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {Uri}: {Reason}")]
    private partial void LogSkipped(string uri, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored {DocumentId}: {Outcome}, {Chunks} chunks")]
    private partial void LogStored(string documentId, UpsertOutcome outcome, int chunks);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {DocumentId}")]
    private partial void LogFailed(string documentId, Exception exception);
}
