namespace DiploAssistant.Core.Conversations;

/// <summary>Recent turns per conversation, bounded in length and age (<see cref="ConversationHistoryOptions"/>).</summary>
public interface IConversationStore
{
    /// <summary>The conversation's turns that are still recent enough, oldest first (empty for an unknown conversation).</summary>
    Task<IReadOnlyList<ConversationTurn>> GetRecentAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Adds a turn, dropping the oldest beyond the bound.</summary>
    Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}
