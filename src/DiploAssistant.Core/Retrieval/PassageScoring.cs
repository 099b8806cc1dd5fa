namespace DiploAssistant.Core.Retrieval;

/// <summary>Parameters of <see cref="PassageScorer"/>: BM25 k1 and b, the title's term weight and the corpus's average passage length in terms.</summary>
/// <param name="TitleCoversSentences">
/// Whether the title's terms count as found in every sentence: the title names what the sentences are about, so
/// "김영삼 대통령이 찾아간 병원은?" is covered by "서울대학교 병원을 찾아…" in the paragraph titled 김영삼.
/// </param>
public sealed record PassageScoring(double K1, double B, double TitleWeight, double AverageLength, bool TitleCoversSentences);
