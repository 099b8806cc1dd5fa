namespace DiploAssistant.Bot.Proactive;

/// <summary>The conversations the bot may message first: one reference per conversation, the latest seen.</summary>
public interface IConversationReferenceStore
{
    void Save(ConversationReference reference);

    ConversationReference? Find(string conversationId);

    IReadOnlyList<ConversationReference> List();
}
