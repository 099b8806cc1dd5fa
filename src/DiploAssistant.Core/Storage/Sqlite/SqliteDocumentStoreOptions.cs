namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>Tuning of the embedded store's lexical ranking (bm25 column weights); the defaults measured best on KorQuAD.</summary>
public sealed record SqliteDocumentStoreOptions
{
    public static SqliteDocumentStoreOptions Default { get; } = new();

    /// <summary>bm25 weight of the document title, indexed beside every chunk.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>bm25 weight of the chunk text.</summary>
    public double BodyWeight { get; init; } = 1.0;

    /// <summary>Open without writing: no schema creation; writes fail.</summary>
    public bool ReadOnly { get; init; }
}
