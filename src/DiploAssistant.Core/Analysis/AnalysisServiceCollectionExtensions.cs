using DiploAssistant.Core.Analysis.Briefs;
using DiploAssistant.Core.Analysis.Timelines;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Core.Analysis;

/// <summary>Registers the analyses built on retrieval: timelines and entity briefs.</summary>
public static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddDiploAssistantAnalysis(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<TimelineService>();
        services.AddSingleton<EntityBriefService>();
        return services;
    }
}
