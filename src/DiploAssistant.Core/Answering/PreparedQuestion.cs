using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>A question ready to be answered: as asked, as retrieved (standalone), and its evidence; or refused up front.</summary>
internal sealed record PreparedQuestion(string Question, string Standalone, IReadOnlyList<RetrievedChunk> Evidence, Answer? Refusal)
{
    public static PreparedQuestion Refused(Answer refusal) => new(refusal.Question, refusal.Question, [], refusal);
}
