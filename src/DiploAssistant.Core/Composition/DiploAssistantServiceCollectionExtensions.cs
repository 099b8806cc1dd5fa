using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Core.Composition;

/// <summary>Registers the core (store, retrieval, answering, ingestion) for any host: CLI, server, tests.</summary>
public static class DiploAssistantServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="Answering.IAskService"/>, <see cref="Ingestion.IIngestionService"/>, <see cref="Retrieval.IDocumentStore"/>
    /// and their parts, bound to the configuration sections Store, Ingestion, Chat, Embeddings (validated at start).
    /// </summary>
    public static IServiceCollection AddDiploAssistantCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Filled in by the composition work in progress on main; hosts already call this one entry point.
        return services;
    }
}
