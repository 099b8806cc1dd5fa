using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Watches;

namespace DiploAssistant.Core.Storage;

/// <summary>
/// A store backend, named for <c>Store:Provider</c>. Every backend, the built-in SQLite one included, is registered the
/// same way (<see cref="StoreProviderRegistration.AddDiploAssistantStore{TProvider}"/>), so Core names none but its own.
/// </summary>
public interface IStoreProvider
{
    /// <summary>The value of <c>Store:Provider</c> that selects this backend (compared without regard to case).</summary>
    string Name { get; }

    /// <summary>Opens the document store from the validated <paramref name="options"/> and the host's services (tokenizer, clock).</summary>
    IDocumentStore CreateDocumentStore(StoreOptions options, IServiceProvider services);

    /// <summary>Conversation history kept beside <paramref name="documents"/> (the store this provider opened), so it outlives the process.</summary>
    IConversationStore CreateConversationStore(IDocumentStore documents, IServiceProvider services);

    /// <summary>Answers sent to chat channels and the feedback on them, kept beside <paramref name="documents"/>.</summary>
    IFeedbackStore CreateFeedbackStore(IDocumentStore documents, IServiceProvider services);

    /// <summary>Where to reach each chat conversation for proactive sends, kept beside <paramref name="documents"/>.</summary>
    IConversationAddressStore CreateConversationAddressStore(IDocumentStore documents, IServiceProvider services);

    /// <summary>The chat conversations' watches, kept beside <paramref name="documents"/>.</summary>
    IWatchStore CreateWatchStore(IDocumentStore documents, IServiceProvider services);

    /// <summary>
    /// Transcripts of the built-in channel kept beside <paramref name="documents"/>, so that every replica on this store serves
    /// every conversation; null (the default) keeps them in the process (<see cref="InMemoryTranscriptStore"/>).
    /// </summary>
    ITranscriptStore? CreateTranscriptStore(IDocumentStore documents, IServiceProvider services) => null;
}
