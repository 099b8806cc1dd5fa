using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Storage.Sqlite.Channels;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>The embedded default: one SQLite file under <c>Store:Path</c>, conversations, feedback, conversation addresses and watches in the same database.</summary>
internal sealed class SqliteStoreProvider : IStoreProvider
{
    public const string ProviderName = "Sqlite";

    public string Name => ProviderName;

    public IDocumentStore CreateDocumentStore(StoreOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        return new SqliteDocumentStore(
            DataDirectory.Resolve(options.Path),
            services.GetRequiredService<ITextTokenizer>(),
            services.GetRequiredService<TimeProvider>(),
            logger: services.GetService<ILogger<SqliteDocumentStore>>());
    }

    public IConversationStore CreateConversationStore(IDocumentStore documents, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new SqliteConversationStore(
            Own(documents),
            services.GetRequiredService<IOptions<ConversationHistoryOptions>>(),
            services.GetRequiredService<TimeProvider>());
    }

    public IFeedbackStore CreateFeedbackStore(IDocumentStore documents, IServiceProvider services) => new SqliteFeedbackStore(Own(documents));

    public IConversationAddressStore CreateConversationAddressStore(IDocumentStore documents, IServiceProvider services) =>
        new SqliteConversationAddressStore(Own(documents));

    public IWatchStore CreateWatchStore(IDocumentStore documents, IServiceProvider services) =>
        new SqliteWatchStore(Own(documents));

    private static SqliteDocumentStore Own(IDocumentStore documents) =>
        documents as SqliteDocumentStore
        ?? throw new ArgumentException("The SQLite provider keeps its records only beside its own document store.", nameof(documents));
}
