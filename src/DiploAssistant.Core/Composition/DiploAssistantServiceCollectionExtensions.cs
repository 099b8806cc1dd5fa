using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Fetching;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Composition;

/// <summary>Registers the core (store, retrieval, answering, ingestion) for any host: CLI, server, tests.</summary>
public static class DiploAssistantServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAskService"/>, <see cref="IIngestionService"/>, <see cref="IDocumentStore"/> and their parts,
    /// bound to the configuration sections Store, Ingestion and Answering, validated at start.
    /// </summary>
    public static IServiceCollection AddDiploAssistantCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddValidatedOptions<StoreOptions>(configuration, StoreOptions.SectionName)
            .Validate(o => o.Provider == StoreProvider.Sqlite, "Store:Provider: only Sqlite is available in this build (Postgres is planned).");
        services.AddValidatedOptions<IngestionOptions>(configuration, IngestionOptions.SectionName)
            .Validate(o => o.ChunkOverlapCharacters < o.ChunkCharacters, "Ingestion:ChunkOverlapCharacters must be smaller than Ingestion:ChunkCharacters.");
        services.AddValidatedOptions<AnsweringOptions>(configuration, AnsweringOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.AddSingleton<ITextTokenizer, KoreanTokenizer>();
        services.AddSingleton<HashingEmbedder>();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<HashingEmbedder>());
        services.AddSingleton(sp => sp.GetRequiredService<HashingEmbedder>().Identity);
        services.AddSingleton<IDocumentStore>(sp => new SqliteDocumentStore(
            DataDirectory.Resolve(sp.GetRequiredService<IOptions<StoreOptions>>().Value.Path),
            sp.GetRequiredService<ITextTokenizer>(),
            sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IUrlFetcher, UrlFetcher>();
        services.AddSingleton(sp => new ArticleParser(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton(sp => new ArticleLoader(
            sp.GetRequiredService<ArticleParser>(),
            sp.GetRequiredService<IUrlFetcher>(),
            sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton(sp => new SentenceChunker(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton<IIngestionService, IngestionPipeline>();

        services.AddSingleton<HybridRetriever>();
        services.AddSingleton<IAnswerGenerator, ExtractiveAnswerGenerator>();
        services.AddSingleton<IAskService, AskService>();
        return services;
    }

    private static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
