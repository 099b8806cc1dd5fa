namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>How much evidence the extractive generator reads and how sure it must be to answer.</summary>
public sealed class ExtractiveAnswerOptions
{
    /// <summary>Retrieved chunks read, best first.</summary>
    public int MaxChunks { get; init; } = 8;

    /// <summary>
    /// Least share (0–1) of the question's weighted content terms the best sentence must contain; below it the
    /// generator declines, when the question names something (a name, year, code or its opening noun) that the
    /// sentence's context holds. Calibrated on the KorQuAD-derived eval set (answerable against held-out questions).
    /// </summary>
    public double MinCoverage { get; init; } = 0.45;

    /// <summary>
    /// The same for a question that names nothing the sentence can be held to ("Which state announced …?"): only its
    /// words tie the sentence to it, so more of them must be there. Calibrated on the eval set's off-topic questions.
    /// </summary>
    public double MinCoverageWithoutNames { get; init; } = 0.6;

    /// <summary>
    /// Least share (0–1) of the question's nouns (the words that are not names, years or ordinals) an article must mention
    /// to answer: articles say them in other words often enough that requiring all of them declines answerable questions.
    /// Names, years and ordinals must all be mentioned. Calibrated on the KorQuAD-derived eval set's answerable and held-out questions.
    /// </summary>
    public double MinNounShare { get; init; } = 0.4;

    /// <summary>A further sentence is added only when it scores at least this share of the best one.</summary>
    public double FurtherSentenceRatio { get; init; } = 0.8;

    public int MaxSentences { get; init; } = 3;

    public int MaxDocuments { get; init; } = 3;

    /// <summary>Answer length budget; a single longer sentence is shortened at a word boundary.</summary>
    public int MaxAnswerCharacters { get; init; } = 600;
}
