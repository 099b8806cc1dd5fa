using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Replies;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>Appends the bot's activities to the Direct Line conversation, where the client polls or streams them.</summary>
internal sealed class DirectLineReplySink(DirectLineConversationStore conversations, DirectLineConversation conversation, ChannelAccount bot) : IReplySink
{
    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outgoing = new Activity
        {
            Type = activity.Type,
            Text = activity.Text,
            TextFormat = activity.TextFormat,
            Locale = activity.Locale,
            InputHint = activity.InputHint,
            Attachments = activity.Attachments,
            Entities = activity.Entities,
            ChannelData = activity.ChannelData,
            ReplyToId = activity.ReplyToId,
            Name = activity.Name,
            Value = activity.Value,
            From = new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = "bot" },
            Recipient = new ChannelAccount { Id = conversation.UserId, Role = "user" },
        };
        return conversations.AppendAsync(conversation, outgoing, cancellationToken);
    }

    /// <summary>Direct Line has no update: the new version is appended (only Teams streams are ever finished in place).</summary>
    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);
}
