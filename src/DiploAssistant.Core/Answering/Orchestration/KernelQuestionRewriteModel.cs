using DiploAssistant.Core.Answering.FollowUps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>The follow-up rewrite as the SK prompt <c>prompts/rewrite</c>, run on a kernel from DI.</summary>
internal sealed class KernelQuestionRewriteModel(IServiceProvider services, PromptLibrary prompts) : IQuestionRewriteModel
{
    public async Task<string> RewriteAsync(string history, string question, CancellationToken cancellationToken)
    {
        var kernel = services.GetRequiredService<Kernel>();
        var result = await prompts.Function(AnswerPrompts.Rewrite)
            .InvokeAsync(kernel, new KernelArguments { ["history"] = history, ["question"] = question }, cancellationToken)
            .ConfigureAwait(false);
        return result.ToString();
    }
}
