using DiploAssistant.Core.Analysis;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Answering.Orchestration;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Fetching;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Core.Evaluation.Judging;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Composition;

/// <summary>Registers the core (store, retrieval, answering, ingestion) for any host: CLI, server, tests.</summary>
public static class DiploAssistantServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAskService"/>, <see cref="IIngestionService"/>, <see cref="IDocumentStore"/> and their parts,
    /// the store being the registered <see cref="IStoreProvider"/> that <c>Store:Provider</c> names (SQLite by default),
    /// bound to the configuration sections Store, Ingestion, Answering, Conversations, Chat and Embeddings, validated at start.
    /// Conversation history (<see cref="IConversationStore"/>) is kept in the same store, so follow-ups survive a restart, and so
    /// are the chat channels' answers and feedback (<see cref="IFeedbackStore"/>) and conversation addresses (<see cref="IConversationAddressStore"/>) and watches (<see cref="IWatchStore"/>, bound to section Watches).
    /// A <c>Chat:Provider</c> other than None answers with the model on a Semantic Kernel (<see cref="KernelAnswerOrchestrator"/>,
    /// falling back to the extractive answer); an <c>Embeddings:Provider</c> other than None embeds with the model instead of the offline
    /// <see cref="HashingEmbedder"/> (a store built by another embedder is refused until <see cref="ReindexService"/> rebuilds it).
    /// </summary>
    public static IServiceCollection AddDiploAssistantCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddValidatedOptions<StoreOptions>(configuration, StoreOptions.SectionName)
            .Validate<IEnumerable<IStoreProvider>>(
                (o, providers) => StoreProviderRegistration.Find(providers, o.Provider) is not null,
                "Store:Provider: this host has no store by that name (Postgres needs DiploAssistant.Storage.Postgres and AddDiploAssistantPostgresStore); use Sqlite.");
        services.AddValidatedOptions<IngestionOptions>(configuration, IngestionOptions.SectionName)
            .Validate(o => o.ChunkOverlapCharacters < o.ChunkCharacters, "Ingestion:ChunkOverlapCharacters must be smaller than Ingestion:ChunkCharacters.");
        services.AddValidatedOptions<AnsweringOptions>(configuration, AnsweringOptions.SectionName)
            .Validate(
                _ => configuration["Bot:MaxQuestionCharacters"] is null && configuration["Api:MaxQuestionCharacters"] is null,
                "Bot:MaxQuestionCharacters and Api:MaxQuestionCharacters are now one setting for every channel: rename it Answering:MaxQuestionCharacters.");
        services.AddValidatedOptions<ConversationHistoryOptions>(configuration, ConversationHistoryOptions.SectionName);
        services.AddValidatedOptions<ChatModelOptions>(configuration, ChatModelOptions.SectionName)
            .Validate(
                o => !o.IsEnabled || PromptLibrary.HasPrompts(PromptLibrary.ResolveDirectory(o.PromptsDirectory)),
                "Chat:PromptsDirectory: no prompts folder with answer/skprompt.txt and answer/config.json was found (set Chat:PromptsDirectory).");
        services.AddSingleton<IValidateOptions<ChatModelOptions>>(new ModelOptionsValidator<ChatModelOptions>(ChatModelOptions.SectionName));
        services.AddValidatedOptions<EmbeddingModelOptions>(configuration, EmbeddingModelOptions.SectionName);
        services.AddSingleton<IValidateOptions<EmbeddingModelOptions>>(new ModelOptionsValidator<EmbeddingModelOptions>(EmbeddingModelOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.AddSingleton<ITextTokenizer, KoreanTokenizer>();
        services.AddEmbedder(configuration);
        services.AddDiploAssistantStore<SqliteStoreProvider>();
        services.AddSingleton(CreateDocumentStore);
        services.AddSingleton(sp => InConfiguredStore(sp, (provider, documents) => provider.CreateFeedbackStore(documents, sp)));
        services.AddSingleton(sp => InConfiguredStore(sp, (provider, documents) => provider.CreateConversationAddressStore(documents, sp)));
        services.AddValidatedOptions<WatchOptions>(configuration, WatchOptions.SectionName);
        services.AddSingleton(sp => InConfiguredStore(sp, (provider, documents) => provider.CreateWatchStore(documents, sp)));
        services.AddSingleton<WatchService>();

        services.AddSingleton<IUrlFetcher, UrlFetcher>();
        services.AddSingleton(sp => new ArticleParser(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton(sp => new ArticleLoader(
            sp.GetRequiredService<ArticleParser>(),
            sp.GetRequiredService<IUrlFetcher>(),
            sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton(sp => new SentenceChunker(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton<Languages.NameLexicon>();
        services.AddSingleton<IIngestionService, IngestionPipeline>();
        services.AddSingleton<ReindexService>();

        services.AddSingleton<HybridRetriever>();
        services.AddSingleton<Evaluation.Evaluator>();
        services.AddDiploAssistantAnalysis();
        services.AddAnswering(configuration);
        return services;
    }

    /// <summary>The store of the provider <c>Store:Provider</c> names (validated at start).</summary>
    private static IDocumentStore CreateDocumentStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        return ConfiguredProvider(services, options).CreateDocumentStore(options, services);
    }

    /// <summary>Conversation history in the configured store's own database, so it outlives the process.</summary>
    private static IConversationStore CreateConversationStore(IServiceProvider services) =>
        InConfiguredStore(services, (provider, documents) => provider.CreateConversationStore(documents, services));

    /// <summary>Records kept in the configured store's own database (history, feedback, conversation addresses).</summary>
    private static T InConfiguredStore<T>(IServiceProvider services, Func<IStoreProvider, IDocumentStore, T> create)
    {
        var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        return create(ConfiguredProvider(services, options), services.GetRequiredService<IDocumentStore>());
    }

    /// <summary>Transcripts of the built-in channel in the configured store when it shares them between replicas, else in this process.</summary>
    private static ITranscriptStore CreateTranscriptStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        return ConfiguredProvider(services, options).CreateTranscriptStore(services.GetRequiredService<IDocumentStore>(), services)
            ?? new InMemoryTranscriptStore(services.GetRequiredService<IOptions<TranscriptOptions>>(), services.GetRequiredService<TimeProvider>());
    }

    private static IStoreProvider ConfiguredProvider(IServiceProvider services, StoreOptions options) =>
        StoreProviderRegistration.Find(services.GetServices<IStoreProvider>(), options.Provider)
        ?? throw new DiploException($"Store:Provider: this host has no {options.Provider} store.");

    private static void AddEmbedder(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsEnabled(configuration, EmbeddingModelOptions.SectionName))
        {
            services.AddSingleton(sp => new ModelEmbeddingGenerator(
                sp.GetRequiredService<IOptions<EmbeddingModelOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<ModelEmbeddingGenerator>>()));
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<ModelEmbeddingGenerator>());
            services.AddSingleton(sp => sp.GetRequiredService<ModelEmbeddingGenerator>().Identity);
            return;
        }

        services.AddSingleton<HashingEmbedder>();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<HashingEmbedder>());
        services.AddSingleton(sp => sp.GetRequiredService<HashingEmbedder>().Identity);
    }

    private static void AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ExtractiveAnswerGenerator>();
        services.AddSingleton(sp => new PromptLibrary(
            PromptLibrary.ResolveDirectory(sp.GetRequiredService<IOptions<ChatModelOptions>>().Value.PromptsDirectory),
            sp.GetService<ILoggerFactory>()));
        if (IsEnabled(configuration, ChatModelOptions.SectionName))
        {
            services.AddSingleton(sp => ModelChatPipeline.Build(sp.GetRequiredService<IOptions<ChatModelOptions>>().Value, sp));
            services.AddKernelOrchestration();
            services.AddAnswerJudge();
            services.AddSingleton<IAnswerGenerator>(sp => sp.GetRequiredService<KernelAnswerOrchestrator>());
            services.AddSingleton<IStreamingAnswerGenerator>(sp => sp.GetRequiredService<KernelAnswerOrchestrator>());
        }
        else
        {
            services.AddSingleton<IAnswerGenerator>(sp => sp.GetRequiredService<ExtractiveAnswerGenerator>());
        }

        services.AddSingleton(sp => new QuestionRewriter(
            sp.GetRequiredService<ILogger<QuestionRewriter>>(),
            sp.GetService<IQuestionRewriteModel>()));
        services.AddSingleton(CreateConversationStore);
        services.AddOptions<TranscriptOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(CreateTranscriptStore);
        services.AddSingleton(sp => new AskService(
            sp.GetRequiredService<HybridRetriever>(),
            sp.GetRequiredService<IAnswerGenerator>(),
            sp.GetRequiredService<IOptions<AnsweringOptions>>(),
            sp.GetRequiredService<QuestionRewriter>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAskService>(sp => sp.GetRequiredService<AskService>());
        services.AddSingleton<IStreamingAskService>(sp => sp.GetRequiredService<AskService>());
    }

    /// <summary>Whether a model section names a provider; an unreadable value is left for options validation to report.</summary>
    private static bool IsEnabled(IConfiguration configuration, string section) =>
        Enum.TryParse<ModelProvider>(configuration[$"{section}:Provider"], ignoreCase: true, out var provider) && provider != ModelProvider.None;

    private static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
