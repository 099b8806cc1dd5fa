using System.Text;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Models;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Answering.FollowUps;

/// <summary>
/// Turns a follow-up into a standalone question for retrieval ("그 회의에서 무엇에 합의했나?" after a question about the
/// 2+2 dialogue). With a chat model it uses <c>prompts/rewrite</c>; offline, or when the model fails, it carries the
/// previous question's names over when the follow-up refers back or names nothing itself.
/// </summary>
public sealed partial class QuestionRewriter
{
    private const int MaxHistoryAnswerCharacters = 400;

    private readonly IQuestionRewriteModel? _model;
    private readonly ILogger<QuestionRewriter> _logger;

    /// <param name="logger">Logs fallbacks from the model to the offline rewrite.</param>
    /// <param name="model">The chat model's rewrite (<c>prompts/rewrite</c>); null rewrites offline.</param>
    public QuestionRewriter(ILogger<QuestionRewriter> logger, IQuestionRewriteModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _model = model;
    }

    /// <param name="question">The question as asked.</param>
    /// <param name="history">The conversation's recent turns, oldest first.</param>
    public async Task<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return question;
        }

        if (_model is not null)
        {
            try
            {
                var reply = await _model.RewriteAsync(FormatHistory(history), question, cancellationToken).ConfigureAwait(false);
                if (Clean(reply, question) is { } rewritten)
                {
                    return rewritten;
                }

                LogUnusable();
            }
            catch (Exception ex) when (ex is ModelUnavailableException or HttpRequestException or TimeoutException
                                          || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogFallback(ex.Message);
            }
        }

        return RewriteOffline(question, history);
    }

    /// <summary>
    /// The offline rewrite: the follow-up, then in parentheses the names of the previous standalone question, or for a
    /// follow-up that only names a new subject, the previous question asked about it.
    /// </summary>
    public static string RewriteOffline(string question, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0 || !FollowUpCues.IsFollowUp(question))
        {
            return question;
        }

        var previous = history[^1].StandaloneQuestion;
        if (EllipticalFollowUp.SubjectOf(question) is { } subject)
        {
            return $"{question} ({EllipticalFollowUp.AskAbout(previous, subject)})";
        }

        var carried = QuestionEntities.Find(previous)
            .Select(e => e.Text)
            .Where(name => !question.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return carried.Count == 0 ? $"{question} ({previous})" : $"{question} ({string.Join(", ", carried)})";
    }

    private static string FormatHistory(IReadOnlyList<ConversationTurn> history)
    {
        var text = new StringBuilder();
        foreach (var turn in history)
        {
            var answer = turn.Answer.Length > MaxHistoryAnswerCharacters ? turn.Answer[..MaxHistoryAnswerCharacters] + "…" : turn.Answer;
            text.Append("Q: ").Append(turn.StandaloneQuestion.ReplaceLineEndings(" ")).Append('\n')
                .Append("A: ").Append(CitationMarkers.Pattern().Replace(answer, "").ReplaceLineEndings(" ").Trim()).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The model's rewrite when usable: one line, not empty, not an essay.</summary>
    private static string? Clean(string text, string question)
    {
        var line = text.Trim().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (line is null || line.Length > (question.Length * 4) + 200)
        {
            return null;
        }

        return line.Trim('"', '“', '”');
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat model could not rewrite the follow-up; carrying names over offline: {Reason}")]
    private partial void LogFallback(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat model's rewrite was unusable; carrying names over offline")]
    private partial void LogUnusable();
}
