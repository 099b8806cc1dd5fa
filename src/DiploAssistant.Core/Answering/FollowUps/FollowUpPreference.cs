using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering.FollowUps;

/// <summary>
/// A follow-up prefers the documents the previous answer cited: their retrieved chunks score more, so "그 회의에서
/// 무엇에 합의했나?" is answered from the article about that meeting. A boost, not a filter: a follow-up that names
/// something the previous articles do not mention still finds the articles that do.
/// </summary>
internal static class FollowUpPreference
{
    /// <summary>How much more a chunk of a previously cited document scores.</summary>
    public const double Boost = 2.0;

    /// <summary>The documents a question should prefer: the previous answer's, when the question leans on it.</summary>
    public static IReadOnlySet<string> DocumentsFor(string question, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Count > 0 && FollowUpCues.IsFollowUp(question)
            ? history[^1].CitedDocuments.ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The best <paramref name="top"/> chunks once those of <paramref name="preferred"/> documents are boosted, best first.</summary>
    public static IReadOnlyList<RetrievedChunk> Apply(IReadOnlyList<RetrievedChunk> evidence, IReadOnlySet<string> preferred, int top)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(preferred);
        if (preferred.Count == 0)
        {
            return evidence.Take(top).ToList();
        }

        return evidence
            .Select((chunk, rank) => (Chunk: preferred.Contains(chunk.Document.Id) ? chunk with { Score = chunk.Score * Boost } : chunk, Rank: rank))
            .OrderByDescending(c => c.Chunk.Score)
            .ThenBy(c => c.Rank)
            .Take(top)
            .Select(c => c.Chunk)
            .ToList();
    }
}
