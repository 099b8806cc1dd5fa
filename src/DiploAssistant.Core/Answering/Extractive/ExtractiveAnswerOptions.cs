namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>How much evidence the extractive generator reads and how sure it must be to answer.</summary>
public sealed class ExtractiveAnswerOptions
{
    /// <summary>Retrieved chunks read, best first.</summary>
    public int MaxChunks { get; init; } = 8;

    /// <summary>
    /// Least share (0–1) of the question's weighted content terms the best sentence must contain; below it the
    /// generator declines. Calibrated on the sample questions (answerable ones score 0.5 and up).
    /// </summary>
    public double MinCoverage { get; init; } = 0.4;

    /// <summary>A further sentence is added only when it scores at least this share of the best one.</summary>
    public double FurtherSentenceRatio { get; init; } = 0.8;

    public int MaxSentences { get; init; } = 3;

    public int MaxDocuments { get; init; } = 3;

    /// <summary>Answer length budget; a single longer sentence is shortened at a word boundary.</summary>
    public int MaxAnswerCharacters { get; init; } = 600;
}
