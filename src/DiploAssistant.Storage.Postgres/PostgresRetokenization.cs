using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Keeps the lexemes those of the configured tokenizer (<c>diplo_meta.tokenizer_id</c>). A store without a recorded tokenizer
/// (new, or written before it was recorded) takes the configured one; a store made by another is re-tokenized in place:
/// every chunk's <c>lexemes</c> and <c>token_count</c> rebuilt from its stored text and title, and the corpus token total
/// recomputed, in one transaction under the tokenizer lock that re-reads the identity, so replicas starting together rebuild
/// once. It holds an exclusive lock on <c>chunks</c>: searches go on over the old lexemes until it commits, writers wait.
/// </summary>
internal static partial class PostgresRetokenization
{
    private const int ChunksPerPage = 1000;

    /// <summary>Records or rebuilds; runs once per process, after the schema is up to date.</summary>
    public static async Task EnsureCurrentAsync(NpgsqlConnection connection, ITextTokenizer tokenizer, ILogger logger, CancellationToken cancellationToken)
    {
        // Read first without the lock: after the first open of a version, nothing is left to do.
        if (await PostgresMeta.ReadTokenizerAsync(connection, null, cancellationToken).ConfigureAwait(false) == tokenizer.Identity)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':tokenizer'))", cancellationToken)
            .ConfigureAwait(false);
        var stored = await PostgresMeta.ReadTokenizerAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (stored == tokenizer.Identity)
        {
            return;
        }

        long? rebuilt = null;
        if (stored is not null)
        {
            LogRetokenizing(logger, stored, tokenizer.Identity);
            await ExecuteAsync(connection, transaction, "LOCK TABLE chunks IN EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
            rebuilt = await RebuildAsync(connection, transaction, tokenizer, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE diplo_stats SET token_total = (SELECT coalesce(sum(token_count), 0) FROM chunks) WHERE id = 1",
                cancellationToken).ConfigureAwait(false);
        }

        await PostgresMeta.WriteTokenizerAsync(connection, transaction, tokenizer.Identity, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (rebuilt is { } chunks)
        {
            LogRetokenized(logger, chunks, stored!, tokenizer.Identity);
        }
    }

    private static async Task<long> RebuildAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ITextTokenizer tokenizer, CancellationToken cancellationToken)
    {
        var rebuilt = 0L;
        var after = 0L;
        (string? DocumentId, IReadOnlyList<string> Terms) title = (null, []);
        while (await ReadPageAsync(connection, transaction, after, cancellationToken).ConfigureAwait(false) is { Count: > 0 } page)
        {
            var seqs = new long[page.Count];
            var lexemes = new string[page.Count];
            var counts = new int[page.Count];
            for (var i = 0; i < page.Count; i++)
            {
                var (seq, documentId, titleText, text) = page[i];

                // A document's chunks are written together, so its title is tokenized about once.
                if (title.DocumentId != documentId)
                {
                    title = (documentId, tokenizer.TokenizeDocument(titleText));
                }

                var bodyTerms = tokenizer.TokenizeDocument(text);
                seqs[i] = seq;
                lexemes[i] = TextSearchLiteral.ToTsVector(title.Terms, bodyTerms);
                counts[i] = title.Terms.Count + bodyTerms.Count;
            }

            await using var update = new NpgsqlCommand(
                """
                UPDATE chunks c SET lexemes = u.lexemes::tsvector, token_count = u.token_count
                FROM unnest(@seqs::bigint[], @lexemes::text[], @counts::int[]) AS u(seq, lexemes, token_count)
                WHERE c.seq = u.seq
                """,
                connection,
                transaction);
            update.Parameters.AddWithValue("seqs", seqs);
            update.Parameters.AddWithValue("lexemes", lexemes);
            update.Parameters.AddWithValue("counts", counts);
            rebuilt += await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            after = seqs[^1];
        }

        return rebuilt;
    }

    private static async Task<List<(long Seq, string DocumentId, string Title, string Text)>> ReadPageAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long after, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT c.seq, c.document_id, d.title, c.text FROM chunks c JOIN documents d ON d.id = c.document_id
            WHERE c.seq > @after ORDER BY c.seq LIMIT @limit
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", ChunksPerPage);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var page = new List<(long, string, string, string)>(ChunksPerPage);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            page.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return page;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store's search terms were made by the tokenizer {Stored}; re-tokenizing every chunk with {Configured}")]
    private static partial void LogRetokenizing(ILogger logger, string stored, string configured);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-tokenized {Chunks} chunks: tokenizer {Stored} → {Configured}")]
    private static partial void LogRetokenized(ILogger logger, long chunks, string stored, string configured);
}
