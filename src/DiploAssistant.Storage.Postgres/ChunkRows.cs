using DiploAssistant.Core.Ingestion;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>Chunks gathered column by column, inserted in one statement from arrays (one round trip for any number).</summary>
internal sealed class ChunkRows
{
    private readonly List<string> _ids;
    private readonly List<string> _documentIds;
    private readonly List<int> _ordinals;
    private readonly List<int> _starts;
    private readonly List<string> _texts;
    private readonly List<int> _tokenCounts;
    private readonly List<string> _lexemes;
    private readonly List<string?> _embeddings;

    public ChunkRows(int capacity)
    {
        _ids = new(capacity);
        _documentIds = new(capacity);
        _ordinals = new(capacity);
        _starts = new(capacity);
        _texts = new(capacity);
        _tokenCounts = new(capacity);
        _lexemes = new(capacity);
        _embeddings = new(capacity);
    }

    public int Count => _ids.Count;

    public long TokenTotal { get; private set; }

    public void Add(Chunk chunk, IReadOnlyList<string> titleTerms, IReadOnlyList<string> bodyTerms, ReadOnlyMemory<float> embedding)
    {
        // The length BM25 normalises by counts title and body tokens, as FTS5 does for a row of two columns.
        var tokenCount = titleTerms.Count + bodyTerms.Count;
        _ids.Add(chunk.Id);
        _documentIds.Add(chunk.DocumentId);
        _ordinals.Add(chunk.Ordinal);
        _starts.Add(chunk.Start);
        _texts.Add(chunk.Text);
        _tokenCounts.Add(tokenCount);
        _lexemes.Add(TextSearchLiteral.ToTsVector(titleTerms, bodyTerms));
        _embeddings.Add(embedding.IsEmpty ? null : VectorLiteral.Format(embedding.Span));
        TokenTotal += tokenCount;
    }

    public NpgsqlBatchCommand ToInsert() => PostgresDocumentWriter.Command(
        """
        INSERT INTO chunks (id, document_id, ordinal, start, text, token_count, lexemes, embedding)
        SELECT u.id, u.document_id, u.ordinal, u.start, u.text, u.token_count, u.lexemes::tsvector, u.embedding::vector
        FROM unnest(@ids::text[], @documents::text[], @ordinals::int[], @starts::int[], @texts::text[], @counts::int[],
                    @lexemes::text[], @embeddings::text[]) WITH ORDINALITY
             AS u(id, document_id, ordinal, start, text, token_count, lexemes, embedding, n)
        ORDER BY u.n
        """,
        ("ids", _ids.ToArray()),
        ("documents", _documentIds.ToArray()),
        ("ordinals", _ordinals.ToArray()),
        ("starts", _starts.ToArray()),
        ("texts", _texts.ToArray()),
        ("counts", _tokenCounts.ToArray()),
        ("lexemes", _lexemes.ToArray()),
        ("embeddings", _embeddings.ToArray()));
}
