using DiploAssistant.Core.Answering.Orchestration;
using DiploAssistant.Core.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// An <see cref="IEvaluator"/> that asks the chat model of its <see cref="ChatConfiguration"/> to score one answer from 1
/// to 5 with a judge prompt from <c>prompts/</c>, and gives the score and the judge's reason as one <see cref="NumericMetric"/>.
/// A reply that cannot be read, or a model that cannot be reached, gives the metric without a value and with an error
/// diagnostic saying why; it never throws for them.
/// </summary>
public abstract class JudgeEvaluator : IEvaluator
{
    private readonly PromptLibrary _prompts;
    private readonly Kernel _kernel;

    /// <param name="prompts">Where the judge prompt is.</param>
    /// <param name="kernel">Renders the template (no function of it is invoked).</param>
    protected JudgeEvaluator(PromptLibrary prompts, Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(kernel);
        _prompts = prompts;
        _kernel = kernel;
    }

    /// <summary>The metric's name (and the only one this evaluator gives).</summary>
    public abstract string MetricName { get; }

    public IReadOnlyCollection<string> EvaluationMetricNames => [MetricName];

    /// <summary>The judge prompt's folder in <c>prompts/</c>.</summary>
    protected abstract string PromptName { get; }

    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(modelResponse);
        var metric = new NumericMetric(MetricName);
        var question = messages.TryGetUserRequest(out var request) ? request.Text : "";
        var context = additionalContext?.ToList() ?? [];
        if (chatConfiguration is null)
        {
            return Failed(metric, "no chat model was given to judge with");
        }

        if (Arguments(question, modelResponse.Text, context) is not { } arguments)
        {
            return Failed(metric, $"{MetricName} needs the {CitedSourcesContext.ContextName} context");
        }

        string reply;
        try
        {
            var (prompt, options) = await JudgePrompt.RenderAsync(_prompts, _kernel, PromptName, arguments, cancellationToken).ConfigureAwait(false);
            reply = (await chatConfiguration.ChatClient.GetResponseAsync(prompt, options, cancellationToken).ConfigureAwait(false)).Text;
        }
        catch (Exception ex) when (ex is ModelUnavailableException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Failed(metric, $"the judge model could not be asked: {ex.Message}");
        }

        var parsed = JudgeReply.Parse(reply);
        if (parsed.Error is { } error)
        {
            return Failed(metric, error);
        }

        metric.Value = parsed.Score;
        metric.Reason = parsed.Reason;
        metric.Interpretation = new EvaluationMetricInterpretation(Rating(parsed.Score!.Value), failed: parsed.Score < 3, reason: parsed.Reason);
        return new EvaluationResult(metric);
    }

    /// <summary>The prompt's variables, or null when a context the prompt needs is missing.</summary>
    protected abstract KernelArguments? Arguments(string question, string answer, IReadOnlyList<EvaluationContext> context);

    /// <summary>A question or answer as fenced data: no tag in it can close its fence.</summary>
    protected static string Quoted(string text) => text.Replace('<', '‹').Replace('>', '›');

    private static EvaluationResult Failed(NumericMetric metric, string diagnostic)
    {
        metric.AddDiagnostics(EvaluationDiagnostic.Error(diagnostic));
        metric.Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Unknown, failed: true, reason: diagnostic);
        return new EvaluationResult(metric);
    }

    private static EvaluationRating Rating(int score) => score switch
    {
        5 => EvaluationRating.Exceptional,
        4 => EvaluationRating.Good,
        3 => EvaluationRating.Average,
        2 => EvaluationRating.Poor,
        _ => EvaluationRating.Unacceptable,
    };
}
