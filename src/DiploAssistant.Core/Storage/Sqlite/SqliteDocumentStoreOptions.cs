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
    /// Re-rank the first <see cref="RerankDepth"/> bm25 hits with BM25 of <see cref="K1"/> and <see cref="B"/> plus
    /// <see cref="SentenceWeight"/> times the best sentence's coverage of the question; false keeps FTS5's bm25 order.
    /// </summary>
    public bool Rerank { get; init; } = true;

    /// <summary>How many FTS5 hits are re-ranked.</summary>
    public int RerankDepth { get; init; } = 20;

    /// <summary>BM25 term-frequency saturation used when re-ranking.</summary>
    public double K1 { get; init; } = 0.6;

    /// <summary>BM25 length normalisation used when re-ranking.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>Weight of the best sentence's coverage (0 to 1) against the re-ranked BM25 divided by its best score.</summary>
    public double SentenceWeight { get; init; } = 0.5;

    /// <summary>Whether the title's terms count as found in every sentence when re-ranking (KorQuAD R@1 0.917 → 0.922).</summary>
    public bool TitleCoversSentences { get; init; } = true;

    /// <summary>Open without writing: no schema creation; writes fail.</summary>
    public bool ReadOnly { get; init; }
}
