namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>Tuning of the embedded store's lexical ranking (bm25 column weights); the defaults measured best on KorQuAD.</summary>
public sealed record SqliteDocumentStoreOptions
{
    public static SqliteDocumentStoreOptions Default { get; } = new();

    /// <summary>bm25 weight of the document title, indexed beside every chunk.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>bm25 weight of the chunk text.</summary>
    public double BodyWeight { get; init; } = 1.0;

    /// <summary>
    /// Weight of the best sentence's coverage of the question (idf-weighted share of its terms) added to the bm25 score
    /// (divided by the best bm25) when re-ranking the first <see cref="RerankDepth"/> hits; 0 keeps plain bm25 order.
    /// </summary>
    public double SentenceWeight { get; init; } = 0.5;

    /// <summary>How many bm25 hits are re-ranked by sentence coverage.</summary>
    public int RerankDepth { get; init; } = 50;

    /// <summary>Open without writing: no schema creation; writes fail.</summary>
    public bool ReadOnly { get; init; }
}
