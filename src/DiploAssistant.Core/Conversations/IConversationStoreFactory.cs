using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Conversations;

/// <summary>
/// Keeps conversation history in the same database as a registered store's documents (e.g. Postgres, registered by
/// <c>AddDiploAssistantPostgresStore</c>); the embedded SQLite store's is built in.
/// </summary>
public interface IConversationStoreFactory
{
    /// <summary>The conversation store beside <paramref name="documents"/>, or null when they are not this factory's kind of store.</summary>
    IConversationStore? TryCreate(IDocumentStore documents, IServiceProvider services);
}
