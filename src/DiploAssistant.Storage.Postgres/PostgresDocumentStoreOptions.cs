namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Tuning of the Postgres store. The lexical defaults equal the SQLite store's: a first BM25 stage like FTS5's bm25
/// (k1 1.2, b 0.75, title weight 2, body weight 1), then the shared re-ranking of its first hits, so both stores rank the
/// same data the same way.
/// </summary>
public sealed record PostgresDocumentStoreOptions
{
    public static PostgresDocumentStoreOptions Default { get; } = new();

    /// <summary>BM25 weight of the document title, indexed beside every chunk.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>BM25 weight of the chunk text.</summary>
    public double BodyWeight { get; init; } = 1.0;

    /// <summary>BM25 term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>Re-rank the first <see cref="RerankDepth"/> hits with BM25 of <see cref="RerankK1"/> plus best-sentence coverage (as SQLite does).</summary>
    public bool Rerank { get; init; } = true;

    public int RerankDepth { get; init; } = 20;

    public double RerankK1 { get; init; } = 0.6;

    public double SentenceWeight { get; init; } = 0.5;

    /// <summary>Whether the title's terms count as found in every sentence when re-ranking (as SQLite does).</summary>
    public bool TitleCoversSentences { get; init; } = true;

    /// <summary>Lower bound of the HNSW candidate list (<c>hnsw.ef_search</c>); a search never uses fewer than its limit.</summary>
    public int HnswEfSearch { get; init; } = 100;

    /// <summary>
    /// After a write, ANALYZE <c>chunks</c> and <c>documents</c> when their chunk count has moved by more than
    /// <see cref="AnalyzeThreshold"/> + this fraction of the count at the last ANALYZE (autovacuum's rule, whose default
    /// fraction is 0.1); null leaves the statistics to the server's autovacuum alone.
    /// </summary>
    public double? AnalyzeScaleFactor { get; init; } = 0.2;

    /// <summary>Chunks that may be added or removed before <see cref="AnalyzeScaleFactor"/> is considered (autovacuum's default: 50).</summary>
    public long AnalyzeThreshold { get; init; } = 500;

    /// <summary>
    /// A bulk load (<see cref="Core.Storage.IBulkLoadingStore"/>) into a store of fewer chunks than this drops the HNSW index
    /// and builds it once at its end (0: never); larger stores keep theirs and index row by row.
    /// </summary>
    public long DeferVectorIndexBelow { get; init; } = 10_000;

    /// <summary>Validates the settings, naming the first bad one.</summary>
    public void Validate()
    {
        if (TitleWeight < 0 || BodyWeight < 0 || TitleWeight + BodyWeight <= 0)
        {
            throw new ArgumentException("TitleWeight and BodyWeight must not be negative, and not both zero.");
        }

        if (K1 < 0 || B is < 0 or > 1)
        {
            throw new ArgumentException("K1 must not be negative and B must be between 0 and 1.");
        }

        if (HnswEfSearch is < 1 or > 1000)
        {
            throw new ArgumentException("HnswEfSearch must be between 1 and 1000.");
        }

        if (AnalyzeScaleFactor is < 0 || AnalyzeThreshold < 0 || DeferVectorIndexBelow < 0)
        {
            throw new ArgumentException("AnalyzeScaleFactor, AnalyzeThreshold and DeferVectorIndexBelow must not be negative.");
        }
    }
}
