using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Storage.Postgres.Migration;

/// <summary>
/// Copies an embedded SQLite store into a Postgres store: the embedder identity (refused when the target was built by
/// another), then every document with its chunks, vectors, content hash and ingestion time, in batches of one transaction
/// each, then every remembered conversation turn, in order. Nothing is re-embedded. Re-running is safe: documents already
/// there with the same content are left alone, and turns already copied are not copied again.
/// </summary>
public sealed class StoreMigrator
{
    public const int DefaultBatchSize = 200;

    private readonly int _batchSize;

    public StoreMigrator(int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _batchSize = batchSize;
    }

    /// <summary>Copies the store in <paramref name="sqliteDataDirectory"/> (the folder holding diplo.db) into <paramref name="target"/>.</summary>
    /// <param name="progress">Receives the number of documents copied so far after each batch.</param>
    public async Task<MigrationReport> MigrateAsync(
        string sqliteDataDirectory, PostgresDocumentStore target, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sqliteDataDirectory);
        ArgumentNullException.ThrowIfNull(target);
        await using var source = await SqliteStoreReader.OpenAsync(sqliteDataDirectory, cancellationToken).ConfigureAwait(false);
        await using var bulkLoad = await target.BeginBulkLoadAsync(cancellationToken).ConfigureAwait(false);
        var embedder = await source.ReadEmbedderAsync(cancellationToken).ConfigureAwait(false);
        if (embedder is not null)
        {
            await target.EnsureEmbedderAsync(embedder, cancellationToken).ConfigureAwait(false);
        }

        var counts = new Dictionary<UpsertOutcome, int> { [UpsertOutcome.Added] = 0, [UpsertOutcome.Updated] = 0, [UpsertOutcome.Unchanged] = 0 };
        var chunks = 0;
        var batch = new List<StoredDocument>(_batchSize);
        async Task FlushAsync()
        {
            var importedAt = batch.ToDictionary(d => d.Document.Article.Document.Id, d => d.IngestedAt, StringComparer.Ordinal);
            var outcomes = await target.UpsertManyAsync(batch.Select(d => d.Document).ToList(), importedAt, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < outcomes.Count; i++)
            {
                counts[outcomes[i]]++;
                chunks += outcomes[i] == UpsertOutcome.Unchanged ? 0 : batch[i].Document.Chunks.Count;
            }

            batch.Clear();
            progress?.Report(counts.Values.Sum());
        }

        await foreach (var document in source.ReadDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(document);
            if (batch.Count == _batchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        if (batch.Count > 0)
        {
            await FlushAsync().ConfigureAwait(false);
        }

        var (turnsCopied, turnsPresent) = await CopyConversationsAsync(source, target, cancellationToken).ConfigureAwait(false);
        return new MigrationReport(counts[UpsertOutcome.Added], counts[UpsertOutcome.Updated], counts[UpsertOutcome.Unchanged], chunks, embedder)
        {
            ConversationTurnsCopied = turnsCopied,
            ConversationTurnsAlreadyThere = turnsPresent,
        };
    }

    private async Task<(int Copied, int AlreadyThere)> CopyConversationsAsync(
        SqliteStoreReader source, PostgresDocumentStore target, CancellationToken cancellationToken)
    {
        var copied = 0;
        var read = 0;
        var batch = new List<StoredConversationTurn>(_batchSize);
        await foreach (var turn in source.ReadConversationTurnsAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(turn);
            read++;
            if (batch.Count == _batchSize)
            {
                copied += await ConversationCopier.CopyAsync(target, batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        copied += await ConversationCopier.CopyAsync(target, batch, cancellationToken).ConfigureAwait(false);
        return (copied, read - copied);
    }
}
