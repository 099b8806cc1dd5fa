using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Core.Conversations.Transcripts;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>
/// Direct Line conversations over the <see cref="ITranscriptStore"/>: activities stored as JSON, numbered
/// <c>{id}|0000001</c>… with the number as the watermark. In process memory on the default store; in the shared store on
/// PostgreSQL, so that any replica serves any conversation.
/// </summary>
internal sealed class DirectLineConversationStore(ITranscriptStore transcripts, TimeProvider timeProvider)
{
    public async Task<DirectLineConversation> CreateAsync(string userId, CancellationToken cancellationToken)
    {
        var conversation = new DirectLineConversation(NewId(), userId);
        await transcripts.CreateAsync(conversation.Id, userId, cancellationToken).ConfigureAwait(false);
        return conversation;
    }

    /// <summary>The conversation, or null when unknown or forgotten (idle too long).</summary>
    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        await transcripts.FindUserAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } userId
            ? new DirectLineConversation(conversationId, userId)
            : null;

    /// <summary>Marks the conversation started; true only the first time (then the bot gets its conversationUpdate).</summary>
    public Task<bool> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken) =>
        transcripts.TryStartAsync(conversation.Id, cancellationToken);

    /// <summary>Stamps the activity with the conversation, channel and time, stores it, and gives it its numbered id (null: the conversation is gone).</summary>
    public async Task<string?> AppendAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = null;
        activity.ChannelId = DirectLineConstants.ChannelId;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Timestamp = timeProvider.GetUtcNow();
        var payload = JsonSerializer.Serialize(activity, ActivityJson.Options);
        var sequence = await transcripts.AppendAsync(conversation.Id, payload, cancellationToken).ConfigureAwait(false);
        activity.Id = sequence is { } number ? ActivityId(conversation.Id, number) : null;
        return activity.Id;
    }

    /// <summary>Activities after the watermark, and the new watermark.</summary>
    public async Task<(IReadOnlyList<Activity> Activities, long Watermark)> GetSinceAsync(
        DirectLineConversation conversation, long watermark, CancellationToken cancellationToken)
    {
        var page = await transcripts.ReadSinceAsync(conversation.Id, watermark, cancellationToken).ConfigureAwait(false);
        var activities = new List<Activity>(page.Entries.Count);
        foreach (var entry in page.Entries)
        {
            if (ActivityJson.TryParse(Encoding.UTF8.GetBytes(entry.Payload)) is { } activity)
            {
                activity.Id = ActivityId(conversation.Id, entry.Sequence);
                activities.Add(activity);
            }
        }

        return (activities, page.Watermark);
    }

    /// <summary>Waits until there is an activity after the watermark, or the timeout passes.</summary>
    public Task WaitForNewAsync(DirectLineConversation conversation, long watermark, TimeSpan timeout, CancellationToken cancellationToken) =>
        transcripts.WaitForNewAsync(conversation.Id, watermark, timeout, cancellationToken);

    private static string ActivityId(string conversationId, long sequence) =>
        $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    private static string NewId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
