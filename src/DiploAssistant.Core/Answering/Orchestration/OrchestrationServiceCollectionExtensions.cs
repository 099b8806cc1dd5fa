using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Answering.Orchestration.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>Registers the model orchestration: a per-answer <see cref="Kernel"/> with the <c>articles</c> plugin and the filters.</summary>
public static class OrchestrationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="KernelAnswerOrchestrator"/> and the model's follow-up rewrite over the <see cref="Microsoft.Extensions.AI.IChatClient"/>
    /// already registered. Filters run in this order: the system-role guard, then redacted prompt logging; the citation
    /// check and tool-call logging on function calls; the tool-call limit on automatic calls.
    /// </summary>
    public static IServiceCollection AddKernelOrchestration(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddKernel();
        services.AddSingleton<ArticlesPlugin>();
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<ArticlesPlugin>(), ArticlesPlugin.PluginName));
        services.AddSingleton<IPromptRenderFilter, SystemRoleGuardFilter>();
        services.AddSingleton<IPromptRenderFilter, PromptLogFilter>();
        services.AddSingleton<IFunctionInvocationFilter, CitationCheckFilter>();
        services.AddSingleton<IFunctionInvocationFilter, ToolCallLogFilter>();
        services.AddSingleton<IAutoFunctionInvocationFilter, ToolCallLimitFilter>();
        services.AddSingleton<KernelAnswerOrchestrator>();
        services.AddSingleton<IQuestionRewriteModel, KernelQuestionRewriteModel>();
        return services;
    }
}
