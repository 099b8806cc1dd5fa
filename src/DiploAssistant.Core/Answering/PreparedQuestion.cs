using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// A question ready to be answered: as asked, as retrieved (standalone), its evidence and the documents it prefers (a
/// follow-up's previous answer's); or refused up front.
/// </summary>
internal sealed record PreparedQuestion(string Question, string Standalone, IReadOnlyList<RetrievedChunk> Evidence, Answer? Refusal, IReadOnlySet<string>? Preferred = null)
{
    public static PreparedQuestion Refused(Answer refusal) => new(refusal.Question, refusal.Question, [], refusal);
}
