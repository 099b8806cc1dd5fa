namespace DiploAssistant.Bot.Proactive;

/// <summary>The conversations the bot may message first: one reference per conversation, the latest seen, kept in the store.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken);
}
