using DiploAssistant.Core.Evaluation;

namespace DiploAssistant.Core.Feedback;

/// <summary>
/// Feedback as a question set for <c>diplo eval</c>: each liked answer becomes its question, with the documents it cited
/// as the right ones and the day it was answered as <c>asOf</c> (so relative dates and later articles read as they did);
/// the same question with the same documents is asked once. Disliked answers are for a person to review, not to score.
/// </summary>
public static class FeedbackQuestions
{
    /// <summary>The liked answers (with a known answer citing something) as evaluation questions, in the order given.</summary>
    public static IReadOnlyList<EvaluationQuestion> FromLiked(IEnumerable<FeedbackEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<EvaluationQuestion>();
        foreach (var entry in entries)
        {
            if (entry.Feedback.Reaction != FeedbackReactions.Like || entry.Answer is not { Citations.Count: > 0 } answer)
            {
                continue;
            }

            var documents = answer.Citations.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).ToList();
            if (!seen.Add(answer.Question + "\n" + string.Join('\n', documents)))
            {
                continue;
            }

            var id = $"feedback-{questions.Count + 1}";
            questions.Add(new EvaluationQuestion(id, answer.Question, null, documents, null, true, DateOnly.FromDateTime(answer.At.UtcDateTime)));
        }

        return questions;
    }

    /// <summary>The disliked entries, for review.</summary>
    public static IReadOnlyList<FeedbackEntry> ForReview(IEnumerable<FeedbackEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => e.Feedback.Reaction == FeedbackReactions.Dislike)];
    }
}
