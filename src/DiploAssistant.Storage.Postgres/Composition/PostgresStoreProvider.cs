using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Composition;

/// <summary>
/// PostgreSQL + pgvector for <c>Store:Provider = Postgres</c> on <c>Store:ConnectionString</c>; conversations, feedback,
/// conversation addresses and the built-in Direct Line's transcripts in the same database, shared by every replica.
/// </summary>
internal sealed class PostgresStoreProvider : IStoreProvider
{
    public const string ProviderName = "Postgres";

    public string Name => ProviderName;

    public IDocumentStore CreateDocumentStore(StoreOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        return new PostgresDocumentStore(
            options.ConnectionString!,
            services.GetRequiredService<ITextTokenizer>(),
            services.GetRequiredService<TimeProvider>(),
            logger: services.GetService<ILogger<PostgresDocumentStore>>());
    }

    public IConversationStore CreateConversationStore(IDocumentStore documents, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new PostgresConversationStore(
            Own(documents),
            services.GetRequiredService<IOptions<ConversationHistoryOptions>>(),
            services.GetRequiredService<TimeProvider>());
    }

    public IFeedbackStore CreateFeedbackStore(IDocumentStore documents, IServiceProvider services) => new PostgresFeedbackStore(Own(documents));

    public IConversationAddressStore CreateConversationAddressStore(IDocumentStore documents, IServiceProvider services) =>
        new PostgresConversationAddressStore(Own(documents));

    public IWatchStore CreateWatchStore(IDocumentStore documents, IServiceProvider services) =>
        new PostgresWatchStore(Own(documents));

    private static PostgresDocumentStore Own(IDocumentStore documents) =>
        documents as PostgresDocumentStore
        ?? throw new ArgumentException("The Postgres provider keeps its records only beside its own document store.", nameof(documents));

    public ITranscriptStore CreateTranscriptStore(IDocumentStore documents, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new PostgresTranscriptStore(
            Own(documents),
            services.GetRequiredService<IOptions<TranscriptOptions>>(),
            services.GetRequiredService<TimeProvider>());
    }
}
