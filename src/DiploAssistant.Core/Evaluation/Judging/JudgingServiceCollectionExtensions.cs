using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>Registers the judge for <c>diplo eval --judge</c> over the <see cref="Microsoft.Extensions.AI.IChatClient"/> already registered.</summary>
public static class JudgingServiceCollectionExtensions
{
    public static IServiceCollection AddAnswerJudge(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<GroundednessEvaluator>();
        services.AddSingleton<RelevanceEvaluator>();
        services.AddSingleton<AnswerJudge>();
        return services;
    }
}
