using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// The fingerprint, chunk, sign (MinHash, for wire copies), embed and store steps for one batch of loaded inputs: one hash lookup, one embedding call and one
/// store transaction for the whole batch. When the embedder or the store rejects the batch because of a document, each
/// document is retried alone, so the bad one is reported and the rest of the batch is still stored.
/// </summary>
internal sealed partial class IngestionBatchWriter(
    SentenceChunker chunker,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IDocumentStore store,
    ContentHasher hasher,
    ILogger logger,
    NameLexicon? names = null)
{
    private readonly DocumentIdentityResolver _identities = new(store, hasher);

    /// <summary>Whether each changed document gets the MinHash signature that clusters it with its wire copies.</summary>
    public bool DetectWireCopies { get; init; }

    /// <summary>What happened to each input of <paramref name="batch"/>, in the same order.</summary>
    public async Task<IReadOnlyList<IngestionItem>> StoreAsync(IReadOnlyList<LoadResult> batch, CancellationToken cancellationToken)
    {
        var items = new IngestionItem[batch.Count];
        var indexes = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Article is not null)
            {
                indexes.Add(i);
            }
            else
            {
                LogSkipped(batch[i].Uri, batch[i].FailureReason);
                var status = batch[i].IsSkipped ? IngestionStatus.Skipped : IngestionStatus.Failed;
                items[i] = new IngestionItem(batch[i].Uri, null, null, status, batch[i].FailureReason);
            }
        }

        var resolved = indexes.Count == 0
            ? []
            : await _identities.ResolveAsync([.. indexes.Select(i => batch[i].Article!)], cancellationToken).ConfigureAwait(false);
        var loaded = new List<(int Index, Article Article, string Hash)>(resolved.Count);
        var notes = new Dictionary<int, ResolvedArticle>();
        for (var k = 0; k < resolved.Count; k++)
        {
            var r = resolved[k];
            loaded.Add((indexes[k], r.Article, hasher.Hash(r.Article, r.OriginTag)));
            if (r.Note != IdentityNote.None)
            {
                notes[indexes[k]] = r;
            }
        }

        if (loaded.Count > 0)
        {
            var changed = await ChunkChangedAsync(loaded, items, cancellationToken).ConfigureAwait(false);
            var embedded = await EmbedAsync(changed, items, cancellationToken).ConfigureAwait(false);
            await WriteAsync(embedded, items, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (index, note) in notes)
        {
            items[index] = IdentityReport.Describe(items[index], note);
        }

        return items;
    }

    /// <summary>Chunks the documents whose content differs from the stored one; the others are unchanged and cost nothing more.</summary>
    private async Task<List<Pending>> ChunkChangedAsync(
        List<(int Index, Article Article, string Hash)> loaded, IngestionItem[] items, CancellationToken cancellationToken)
    {
        var ids = loaded.Select(l => l.Article.Document.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = await store.GetContentHashesAsync(ids, cancellationToken).ConfigureAwait(false);
        var queued = new HashSet<(string Id, string Hash)>();
        var pending = new List<Pending>(loaded.Count);
        foreach (var (index, article, hash) in loaded)
        {
            var id = article.Document.Id;
            if (stored.GetValueOrDefault(id) == hash || !queued.Add((id, hash)))
            {
                items[index] = Item(article, IngestionStatus.Unchanged);
                continue;
            }

            var chunks = chunker.Chunk(id, article.Text);
            if (chunks.Count == 0)
            {
                items[index] = Item(article, IngestionStatus.Failed, "no article text was left after cleaning");
                continue;
            }

            var signature = DetectWireCopies ? MinHashSignature.Compute(article.Document.Title, article.Text) : null;
            pending.Add(new Pending(index, article, hash, chunks, signature));
        }

        return pending;
    }

    private async Task<List<(Pending Pending, DocumentUpsert Upsert)>> EmbedAsync(
        List<Pending> pending, IngestionItem[] items, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return [];
        }

        try
        {
            var vectors = await EmbedTextsAsync(pending.SelectMany(p => p.Chunks).Select(c => c.Text).ToList(), cancellationToken).ConfigureAwait(false);
            var embedded = new List<(Pending, DocumentUpsert)>(pending.Count);
            var offset = 0;
            foreach (var p in pending)
            {
                embedded.Add((p, p.ToUpsert([.. Enumerable.Range(offset, p.Chunks.Count).Select(i => vectors[i])])));
                offset += p.Chunks.Count;
            }

            return embedded;
        }
        catch (Exception ex) when (ItemFailure.IsCausedByItem(ex))
        {
            if (pending.Count == 1 || ItemFailure.IsTransient(ex))
            {
                Fail(pending, items, ex);
                return [];
            }

            LogBatchRetried("embedding", pending.Count, ex.Message);
            var embedded = new List<(Pending, DocumentUpsert)>(pending.Count);
            foreach (var p in pending)
            {
                embedded.AddRange(await EmbedAsync([p], items, cancellationToken).ConfigureAwait(false));
            }

            return embedded;
        }
    }

    private async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedTextsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = await embedder.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        return vectors.Count == texts.Count
            ? [.. vectors.Select(v => v.Vector)]
            : throw new DiploException($"The embedder returned {vectors.Count} vectors for {texts.Count} texts.");
    }

    private async Task WriteAsync(List<(Pending Pending, DocumentUpsert Upsert)> embedded, IngestionItem[] items, CancellationToken cancellationToken)
    {
        if (embedded.Count == 0)
        {
            return;
        }

        IReadOnlyList<UpsertOutcome> outcomes;
        try
        {
            outcomes = await store.UpsertManyAsync([.. embedded.Select(e => e.Upsert)], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ItemFailure.IsCausedByItem(ex))
        {
            if (embedded.Count == 1 || ItemFailure.IsTransient(ex))
            {
                Fail([.. embedded.Select(e => e.Pending)], items, ex);
                return;
            }

            // The transaction rolled back as a whole: store each document alone so that only the bad one is lost.
            LogBatchRetried("store", embedded.Count, ex.Message);
            foreach (var one in embedded)
            {
                await WriteAsync([one], items, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        for (var i = 0; i < embedded.Count; i++)
        {
            var (pending, _) = embedded[i];
            LogStored(pending.Article.Document.Id, outcomes[i], pending.Chunks.Count);
            foreach (var chunk in pending.Chunks)
            {
                names?.LearnFrom(chunk.Text);
            }

            items[pending.Index] = Item(pending.Article, outcomes[i] switch
            {
                UpsertOutcome.Added => IngestionStatus.Added,
                UpsertOutcome.Updated => IngestionStatus.Updated,
                _ => IngestionStatus.Unchanged,
            });
        }
    }

    private void Fail(IEnumerable<Pending> pending, IngestionItem[] items, Exception exception)
    {
        foreach (var p in pending)
        {
            LogFailed(p.Article.Document.Id, exception);
            items[p.Index] = Item(p.Article, IngestionStatus.Failed, exception.Message);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Step} of a batch of {Count} documents failed ({Reason}); retrying them one by one")]
    private partial void LogBatchRetried(string step, int count, string reason);

    /// <summary>A changed document waiting for its vectors: where it sits in the batch, and its chunks.</summary>
    private sealed record Pending(int Index, Article Article, string Hash, IReadOnlyList<Chunk> Chunks, MinHashSignature? Signature)
    {
        public DocumentUpsert ToUpsert(IReadOnlyList<ReadOnlyMemory<float>> vectors) => new(Article, Hash, Chunks, vectors) { Signature = Signature };
    }
}
