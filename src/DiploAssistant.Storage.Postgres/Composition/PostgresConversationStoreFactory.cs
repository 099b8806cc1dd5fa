using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Composition;

/// <summary>Keeps conversation history in the Postgres store's database when that is the store in use.</summary>
internal sealed class PostgresConversationStoreFactory : IConversationStoreFactory
{
    public IConversationStore? TryCreate(IDocumentStore documents, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(services);
        return documents is PostgresDocumentStore postgres
            ? new PostgresConversationStore(
                postgres,
                services.GetRequiredService<IOptions<ConversationHistoryOptions>>(),
                services.GetRequiredService<TimeProvider>())
            : null;
    }
}
