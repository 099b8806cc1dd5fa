using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering.FollowUps;

/// <summary>
/// Answers a follow-up from the previous answer's documents when they answer it, else from all the evidence. Offline,
/// sentences of other articles that happen to share the follow-up's few words ("합의") would otherwise crowd in; a model
/// reads the boosted order (<see cref="FollowUpPreference"/>) instead, in one call.
/// </summary>
internal static class FollowUpAnswering
{
    public static async Task<Answer> GenerateAsync(
        IAnswerGenerator generator,
        string question,
        IReadOnlyList<RetrievedChunk> evidence,
        SearchFilters scope,
        IReadOnlySet<string> preferred,
        CancellationToken cancellationToken)
    {
        if (preferred.Count > 0 && generator is ExtractiveAnswerGenerator)
        {
            var own = evidence.Where(c => preferred.Contains(c.Document.Id)).ToList();
            if (own.Count > 0)
            {
                var answer = await generator.GenerateAsync(question, own, scope, cancellationToken).ConfigureAwait(false);
                if (answer.Answered)
                {
                    return answer;
                }
            }
        }

        return await generator.GenerateAsync(question, evidence, scope, cancellationToken).ConfigureAwait(false);
    }
}
