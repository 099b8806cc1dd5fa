using DiploAssistant.Core.Answering;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// Scores an answer with the chat model from DI as the judge: <see cref="GroundednessEvaluator"/> over the sources it cites
/// and <see cref="RelevanceEvaluator"/> against its question, run as one <see cref="CompositeEvaluator"/>.
/// Registered only when a chat model is configured.
/// </summary>
public sealed class AnswerJudge
{
    private readonly CompositeEvaluator _evaluator;
    private readonly ChatConfiguration _chat;

    public AnswerJudge(IChatClient chatClient, GroundednessEvaluator groundedness, RelevanceEvaluator relevance)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(groundedness);
        ArgumentNullException.ThrowIfNull(relevance);
        _evaluator = new CompositeEvaluator(groundedness, relevance);
        _chat = new ChatConfiguration(chatClient);
    }

    public async Task<AnswerJudgement> JudgeAsync(Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var result = await _evaluator.EvaluateAsync(
            new ChatMessage(ChatRole.User, answer.Question),
            new ChatResponse(new ChatMessage(ChatRole.Assistant, answer.Text)),
            _chat,
            [new CitedSourcesContext(answer.Citations)],
            cancellationToken).ConfigureAwait(false);
        return new AnswerJudgement(
            JudgeScore.From(result.Get<NumericMetric>(GroundednessEvaluator.Name)),
            JudgeScore.From(result.Get<NumericMetric>(RelevanceEvaluator.Name)));
    }
}
