using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Chunks gathered column by column, inserted in one statement from arrays (one round trip for any number). The vectors
/// travel as one binary <c>real[]</c>, each row taking its slice (parsing pgvector's text form cost more than the insert).
/// </summary>
internal sealed class ChunkRows
{
    private readonly List<string> _ids;
    private readonly List<string> _documentIds;
    private readonly List<int> _ordinals;
    private readonly List<int> _starts;
    private readonly List<string> _texts;
    private readonly List<int> _tokenCounts;
    private readonly List<string> _lexemes;
    private readonly List<float> _vectors;
    private readonly List<int> _vectorStarts;
    private readonly List<int> _vectorLengths;

    public ChunkRows(int capacity)
    {
        _ids = new(capacity);
        _documentIds = new(capacity);
        _ordinals = new(capacity);
        _starts = new(capacity);
        _texts = new(capacity);
        _tokenCounts = new(capacity);
        _lexemes = new(capacity);
        _vectors = new(capacity * 512);
        _vectorStarts = new(capacity);
        _vectorLengths = new(capacity);
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
        VectorLiteral.EnsureFinite(embedding.Span);
        _vectorStarts.Add(_vectors.Count);
        _vectorLengths.Add(embedding.Length);
        _vectors.AddRange(embedding.Span);
        TokenTotal += tokenCount;
    }

    public NpgsqlBatchCommand ToInsert() => PostgresDocumentWriter.Command(
        """
        INSERT INTO chunks (id, document_id, ordinal, start, text, token_count, lexemes, embedding)
        SELECT u.id, u.document_id, u.ordinal, u.start, u.text, u.token_count, u.lexemes::tsvector,
               CASE WHEN u.length = 0 THEN NULL ELSE (@vectors::real[])[u.first + 1 : u.first + u.length]::vector END
        FROM unnest(@ids::text[], @documents::text[], @ordinals::int[], @starts::int[], @texts::text[], @counts::int[],
                    @lexemes::text[], @firsts::int[], @lengths::int[]) WITH ORDINALITY
             AS u(id, document_id, ordinal, start, text, token_count, lexemes, first, length, n)
        ORDER BY u.n
        """,
        ("ids", _ids.ToArray()),
        ("documents", _documentIds.ToArray()),
        ("ordinals", _ordinals.ToArray()),
        ("starts", _starts.ToArray()),
        ("texts", _texts.ToArray()),
        ("counts", _tokenCounts.ToArray()),
        ("lexemes", _lexemes.ToArray()),
        ("vectors", _vectors.ToArray()),
        ("firsts", _vectorStarts.ToArray()),
        ("lengths", _vectorLengths.ToArray()));
}
