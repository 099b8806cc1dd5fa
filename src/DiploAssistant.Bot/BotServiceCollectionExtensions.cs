using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.DirectLine;
using DiploAssistant.Bot.Proactive;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Commands;
using DiploAssistant.Bot.Turns.Feedback;
using DiploAssistant.Bot.Turns.Queue;
using DiploAssistant.Bot.Turns.Streaming;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot;

/// <summary>Registers the Bot Framework endpoint, the built-in Direct Line and the turn handling.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot: credentials from the configuration root (<c>MicrosoftAppId</c>…), sections <c>Bot</c> and
    /// <c>DirectLine</c>, all validated at start. Needs the core's IAskService, IStreamingAskService, IIngestionService,
    /// IDocumentStore, IFeedbackStore, IConversationAddressStore and WatchService (digests are sent after each load the server makes); answers are streamed where the channel allows it when the core has an IStreamingAnswerGenerator.
    /// </summary>
    public static IServiceCollection AddDiploAssistantBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(OpenIdMetadataCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(20));
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));

        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<IChannelTokenProvider, MsalChannelTokenProvider>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<IConversationReferenceStore>(sp => new StoredConversationReferenceStore(
            sp.GetRequiredService<IConversationAddressStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ProactiveMessenger(
            sp.GetRequiredService<IConnectorClient>(), sp.GetRequiredService<IConversationReferenceStore>(), sp.GetRequiredService<IOptions<BotOptions>>()));

        services.TryAddScoped<BotTurnHandler>();
        services.TryAddScoped<ChatCommandHandler>();
        services.TryAddScoped<AnalysisChatCommands>();
        services.TryAddScoped<WatchChatCommands>();
        services.TryAddSingleton<WatchDigestQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionListener, WatchDigestQueue>(sp => sp.GetRequiredService<WatchDigestQueue>()));
        services.TryAddSingleton<WatchDigestSender>();
        services.AddHostedService<WatchDigestWorker>();
        services.TryAddSingleton<FeedbackReceiver>();
        services.TryAddSingleton<SentAnswerRecorder>();
        // Streaming needs a model writing the answer: the core registers IStreamingAnswerGenerator only when Chat:Provider is set.
        services.TryAddSingleton(sp => new AnswerStreamingPolicy(
            sp.GetService<IStreamingAnswerGenerator>() is not null, sp.GetRequiredService<IOptions<BotOptions>>()));
        services.TryAddSingleton<StreamingAnswerSender>();
        services.TryAddScoped<ChatArticleLoader>();
        services.TryAddSingleton<TurnRunner>();
        services.TryAddSingleton<TurnQueue>();
        services.TryAddSingleton<ConversationRateLimiter>();
        services.TryAddSingleton<SlowDownNotices>();
        services.AddHostedService<TurnQueueWorker>();
        services.TryAddSingleton<BotMessagesEndpoint>();

        services.TryAddSingleton<DirectLineTokenService>();
        // Direct Line's bounds are the transcripts' bounds, wherever the store keeps them (process memory, or the shared store).
        services.AddOptions<TranscriptOptions>().Configure<IOptions<DirectLineOptions>>((transcripts, directLine) =>
        {
            transcripts.MaxConversations = directLine.Value.MaxConversations;
            transcripts.IdleMinutes = directLine.Value.ConversationIdleMinutes;
            transcripts.MaxEntriesPerConversation = directLine.Value.MaxActivitiesPerConversation;
        });
        services.TryAddSingleton<ITranscriptStore, InMemoryTranscriptStore>();
        services.TryAddSingleton<DirectLineConversationStore>();
        services.TryAddSingleton<DirectLineEndpoints>();
        services.TryAddSingleton<DirectLineStream>();
        services.AddCors(cors => cors.AddPolicy(DirectLineConstants.CorsPolicy, policy =>
        {
            var origins = configuration.GetSection(DirectLineOptions.SectionName).GetSection(nameof(DirectLineOptions.AllowedOrigins)).Get<string[]>() ?? [];
            policy.WithOrigins(origins).WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent").WithMethods("GET", "POST");
        }));
        return services;
    }
}
