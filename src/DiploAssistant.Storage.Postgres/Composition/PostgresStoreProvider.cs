using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Composition;

/// <summary>
/// PostgreSQL + pgvector for <c>Store:Provider = Postgres</c> on <c>Store:ConnectionString</c>; conversations and the built-in
/// Direct Line's transcripts in the same database, shared by every replica.
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
            services.GetRequiredService<TimeProvider>());
    }

    public IConversationStore CreateConversationStore(IDocumentStore documents, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var postgres = documents as PostgresDocumentStore
            ?? throw new ArgumentException("The Postgres provider keeps conversations only beside its own document store.", nameof(documents));
        return new PostgresConversationStore(
            postgres,
            services.GetRequiredService<IOptions<ConversationHistoryOptions>>(),
            services.GetRequiredService<TimeProvider>());
    }

    public ITranscriptStore CreateTranscriptStore(IDocumentStore documents, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var postgres = documents as PostgresDocumentStore
            ?? throw new ArgumentException("The Postgres provider keeps transcripts only beside its own document store.", nameof(documents));
        return new PostgresTranscriptStore(
            postgres,
            services.GetRequiredService<IOptions<TranscriptOptions>>(),
            services.GetRequiredService<TimeProvider>());
    }
}
