namespace DiploAssistant.Bot.Activities;

/// <summary>The activity types and delivery modes this bot knows.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string ExpectReplies = "expectReplies";
}
