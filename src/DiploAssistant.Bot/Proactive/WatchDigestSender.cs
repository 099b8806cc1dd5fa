using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.DirectLine;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Replies;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Proactive;

/// <summary>
/// Sends a watch's digest to its conversation, rendered with the channel's citations: through the Bot Connector with the
/// stored conversation reference (Teams, Azure Bot Service channels: <see cref="ProactiveMessenger"/>), or as a new bot
/// activity in a conversation of the built-in Direct Line, where Web Chat polls or streams it.
/// </summary>
internal sealed partial class WatchDigestSender(
    IConversationReferenceStore references,
    ProactiveMessenger messenger,
    DirectLineConversationStore directLine,
    IOptions<BotOptions> options,
    ILogger<WatchDigestSender> logger)
{
    /// <summary>True when sent; false when the conversation cannot be reached any more (a built-in Direct Line conversation forgotten).</summary>
    public async Task<bool> SendAsync(WatchDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var conversationId = digest.Watch.ConversationId;
        var settings = options.Value;
        Uri? serverAddress = string.IsNullOrWhiteSpace(settings.PublicBaseUrl) ? null : new Uri(settings.PublicBaseUrl.TrimEnd('/') + "/");
        if (await references.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } reference)
        {
            await messenger.SendAnswerAsync(reference, digest.Answer, serverAddress, cancellationToken).ConfigureAwait(false);
            LogSent(digest.Watch.Id, reference.ChannelId, digest.Answer.Citations.Count);
            return true;
        }

        if (await directLine.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } conversation)
        {
            var bot = new ChannelAccount { Id = DirectLineConstants.BotId, Name = settings.Name, Role = "bot" };
            var inbound = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = DirectLineConstants.ChannelId,
                Conversation = new ConversationAccount { Id = conversation.Id },
                From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
                Recipient = bot,
            };
            var digestMessage = AnswerReplyFactory.Create(inbound, digest.Answer, serverAddress);
            digestMessage.ChannelData = null; // no feedback buttons: nobody asked
            var sink = new DirectLineReplySink(directLine, conversation, bot);
            foreach (var part in ReplySizeLimit.Fit(digestMessage, settings.MaxReplyBytes))
            {
                await sink.SendAsync(part, cancellationToken).ConfigureAwait(false);
            }

            LogSent(digest.Watch.Id, DirectLineConstants.ChannelId, digest.Answer.Citations.Count);
            return true;
        }

        LogUnreachable(digest.Watch.Id, digest.Watch.ChannelId);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the digest of watch {WatchId} on {ChannelId} with {Citations} citations")]
    private partial void LogSent(long watchId, string channelId, int citations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch {WatchId} on {ChannelId} matched, but its conversation can no longer be reached")]
    private partial void LogUnreachable(long watchId, string channelId);
}
