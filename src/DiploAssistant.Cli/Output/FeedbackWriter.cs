using System.Globalization;
using DiploAssistant.Core.Feedback;

namespace DiploAssistant.Cli.Output;

/// <summary>How <c>diplo feedback</c> prints: JSON objects, readable lines, or an eval question set.</summary>
internal static class FeedbackWriter
{
    /// <summary>One entry as <c>--json</c> prints it; question, answer and citations are null when the rated answer was unknown.</summary>
    public static object Json(FeedbackEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (feedback, answer) = (entry.Feedback, entry.Answer);
        return new
        {
            at = feedback.At,
            reaction = feedback.Reaction,
            text = feedback.Text,
            channelId = feedback.ChannelId,
            conversationId = feedback.ConversationId,
            messageId = answer?.MessageId ?? feedback.RatedId,
            question = answer?.Question,
            answer = answer?.Answer,
            citations = answer?.Citations,
            answeredAt = answer?.At,
        };
    }

    public static async Task WriteTextAsync(CliConsole console, IReadOnlyList<FeedbackEntry> entries)
    {
        foreach (var (feedback, answer) in entries)
        {
            var at = feedback.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            await console.Out.WriteLineAsync($"{at}\t{feedback.Reaction}\t{answer?.Question ?? $"(an answer this store does not know: {feedback.RatedId ?? "no id"})"}").ConfigureAwait(false);
            if (feedback.Text is { } text)
            {
                await console.Out.WriteLineAsync($"    comment: {text}").ConfigureAwait(false);
            }

            if (answer is not null)
            {
                await console.Out.WriteLineAsync($"    answer: {answer.Answer}").ConfigureAwait(false);
                foreach (var citation in answer.Citations)
                {
                    await console.Out.WriteLineAsync($"    [{citation.N}] {citation.DocumentId}\t{citation.Title}").ConfigureAwait(false);
                }
            }
        }

        await console.Error.WriteLineAsync($"{entries.Count} feedback entries").ConfigureAwait(false);
    }

    /// <summary>Liked answers as eval JSONL on stdout; disliked ones, and liked ones that cannot become questions, counted on stderr.</summary>
    public static async Task WriteQuestionsAsync(CliConsole console, IReadOnlyList<FeedbackEntry> entries)
    {
        var questions = FeedbackQuestions.FromLiked(entries);
        foreach (var q in questions)
        {
            await console.Out.WriteLineAsync(CliJson.Serialize(new { id = q.Id, question = q.Question, documentIds = q.DocumentIds, asOf = q.AsOf })).ConfigureAwait(false);
        }

        var review = FeedbackQuestions.ForReview(entries);
        foreach (var (feedback, answer) in review)
        {
            var comment = feedback.Text is null ? string.Empty : $" — \"{feedback.Text}\"";
            await console.Error.WriteLineAsync($"review (disliked): {answer?.Question ?? "(answer unknown: " + (feedback.RatedId ?? "no id") + ")"}{comment}").ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(
            $"{questions.Count} questions from liked answers; {review.Count} disliked answers to review").ConfigureAwait(false);
    }
}
