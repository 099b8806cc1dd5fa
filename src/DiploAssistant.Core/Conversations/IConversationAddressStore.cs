namespace DiploAssistant.Core.Conversations;

/// <summary>One address per conversation, the latest saved, kept in the store so that proactive sends survive a restart.</summary>
public interface IConversationAddressStore
{
    /// <summary>Saves the conversation's address, replacing the one saved before.</summary>
    Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken);

    /// <summary>The conversation's address, or null when none was saved.</summary>
    Task<ConversationAddress?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every saved address, the least recently saved first.</summary>
    Task<IReadOnlyList<ConversationAddress>> ListAsync(CancellationToken cancellationToken);
}
