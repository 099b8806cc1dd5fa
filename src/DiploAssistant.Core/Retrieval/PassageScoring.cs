namespace DiploAssistant.Core.Retrieval;

/// <summary>Parameters of <see cref="PassageScorer"/>: BM25 k1 and b, the title's term weight and the corpus's average passage length in terms.</summary>
internal sealed record PassageScoring(double K1, double B, double TitleWeight, double AverageLength);
