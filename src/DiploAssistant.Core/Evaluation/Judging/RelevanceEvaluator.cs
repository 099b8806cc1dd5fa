using DiploAssistant.Core.Answering.Orchestration;
using Microsoft.Extensions.AI.Evaluation;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>Relevance, 1–5: does the answer answer the question it was given (<c>prompts/judge_relevance</c>)?</summary>
public sealed class RelevanceEvaluator(PromptLibrary prompts, Kernel kernel) : JudgeEvaluator(prompts, kernel)
{
    public const string Name = "Relevance";

    public override string MetricName => Name;

    protected override string PromptName => "judge_relevance";

    protected override KernelArguments? Arguments(string question, string answer, IReadOnlyList<EvaluationContext> context) =>
        new() { ["question"] = Quoted(question), ["answer"] = Quoted(answer) };
}
