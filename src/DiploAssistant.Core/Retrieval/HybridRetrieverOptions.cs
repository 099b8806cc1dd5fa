namespace DiploAssistant.Core.Retrieval;

/// <summary>How <see cref="HybridRetriever"/> fuses lexical and vector hits; the defaults were tuned on the KorQuAD bench.</summary>
public sealed record HybridRetrieverOptions
{
    public static HybridRetrieverOptions Default { get; } = new();

    /// <summary>How many chunks each method contributes before fusion.</summary>
    public int Candidates { get; init; } = 100;

    /// <summary>Weight of the BM25 ranking in reciprocal rank fusion.</summary>
    public double LexicalWeight { get; init; } = 1.0;

    /// <summary>Weight of the BM25 ranking of the question translated into the other language (0 skips it).</summary>
    public double CrossLingualWeight { get; init; } = 0.5;

    /// <summary>Weight of the vector ranking in reciprocal rank fusion (0 skips vector search).</summary>
    public double VectorWeight { get; init; } = 0.1;

    /// <summary>How the two rankings are combined.</summary>
    public FusionMethod Fusion { get; init; } = FusionMethod.NormalizedScore;

    /// <summary>The k of reciprocal rank fusion: 1 / (k + rank).</summary>
    public double RankConstant { get; init; } = 60;

    /// <summary>At most this many chunks of one document in the results, unless too few documents match.</summary>
    public int MaxChunksPerDocument { get; init; } = 2;

    /// <summary>
    /// With an as-of date, how much older articles may lose (0 to 1): past the grace period the score is multiplied by
    /// 1 − s + s · 0.5^((age − grace) / half-life). Tuned on RealTimeQA (issue 12: as-of alone ranks as well as an 8-day window).
    /// </summary>
    public double RecencyStrength { get; init; } = 0.7;

    /// <summary>
    /// With an as-of date and no earliest date, weight of a second BM25 ranking restricted to the last
    /// <see cref="RecencyGraceDays"/> days (0 skips it).
    /// </summary>
    public double RecencyWindowWeight { get; init; } = 0.6;

    /// <summary>Days before the as-of date during which an article keeps its whole score.</summary>
    public double RecencyGraceDays { get; init; } = 7;

    /// <summary>Age in days past the grace period at which an article has lost half of <see cref="RecencyStrength"/>.</summary>
    public double RecencyHalfLifeDays { get; init; } = 7;
}
