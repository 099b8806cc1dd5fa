namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>A candidate sentence with its share of the question's weighted terms and its final score.</summary>
/// <param name="WithPrevious">The previous sentence supplies part of the answer (its subject) and is quoted too.</param>
internal sealed record ScoredSentence(CandidateSentence Candidate, double Coverage, double Score, IReadOnlySet<string> CoveredTerms, bool WithPrevious)
{
    /// <summary>The text quoted for this sentence: with its previous sentence when that one supplies context.</summary>
    public string QuotedText => WithPrevious && Candidate.Previous is { } previous
        ? $"{previous.Text} {Candidate.Text}"
        : Candidate.Text;

    /// <summary>Another sentence quoted for this one's sake (the one after it, a further meeting), scored as this one.</summary>
    public ScoredSentence With(CandidateSentence other) => new(other, Coverage, Score, CoveredTerms, false);
}
