using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// A question ready to be answered: as asked, as retrieved (standalone), its evidence, the documents it prefers (a
/// follow-up's previous answer's) and the filters it was retrieved with (the request's, narrowed to "this week" when it
/// says so); or refused up front.
/// </summary>
internal sealed record PreparedQuestion(
    string Question, string Standalone, IReadOnlyList<RetrievedChunk> Evidence, Answer? Refusal, IReadOnlySet<string>? Preferred = null, SearchFilters? Scope = null)
{
    public static PreparedQuestion Refused(Answer refusal) => new(refusal.Question, refusal.Question, [], refusal);
}
