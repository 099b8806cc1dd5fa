using DiploAssistant.Core.Answering.Orchestration;
using Microsoft.Extensions.AI.Evaluation;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// Groundedness, 1–5: is every claim of the answer supported by the text of the sources it cites? The sources come as a
/// <see cref="CitedSourcesContext"/> and reach the judge fenced, in the user turn of <c>prompts/judge_groundedness</c>.
/// </summary>
public sealed class GroundednessEvaluator(PromptLibrary prompts, Kernel kernel) : JudgeEvaluator(prompts, kernel)
{
    public const string Name = "Groundedness";

    public override string MetricName => Name;

    protected override string PromptName => "judge_groundedness";

    protected override KernelArguments? Arguments(string question, string answer, IReadOnlyList<EvaluationContext> context) =>
        context.OfType<CitedSourcesContext>().FirstOrDefault() is { } sources
            ? new KernelArguments { ["sources"] = sources.Text, ["question"] = Quoted(question), ["answer"] = Quoted(answer) }
            : null;
}
