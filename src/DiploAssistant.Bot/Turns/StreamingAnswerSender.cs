using System.Text;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// Sends an answer while the model writes it (spec §4.4): an informative <c>typing</c> at once (repeated while nothing is
/// written yet), then <c>typing</c> updates
/// carrying the whole text so far — at most one per <see cref="BotOptions.StreamingIntervalSeconds"/>, each only after the
/// previous one was accepted — then the final message with the citations, AI label and feedback buttons. When the channel
/// refuses an update (Teams: 403 <c>ContentStreamNotAllowed</c>) the updates stop, and the final answer is sent as an
/// ordinary message.
/// </summary>
internal sealed partial class StreamingAnswerSender(IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<StreamingAnswerSender> logger)
{
    /// <summary>Streams the answer into the turn's conversation; returns the final answer once it was sent.</summary>
    public async Task<Answer> SendAsync(TurnContext turn, string question, IAsyncEnumerable<AnswerStreamUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(updates);
        var interval = TimeSpan.FromSeconds(options.Value.StreamingIntervalSeconds);
        var stream = new StreamProgress();
        await TrySendUpdateAsync(turn, stream, StreamInfo.Informative, BotReplies.Searching(question), cancellationToken).ConfigureAwait(false);

        var written = new StringBuilder();
        Answer? answer = null;
        var enumerator = updates.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await NextAsync(turn, stream, enumerator, question, cancellationToken).ConfigureAwait(false))
            {
                var update = enumerator.Current;
                if (update.Answer is { } final)
                {
                    answer = final;
                    break;
                }

                written.Append(update.Delta);
                if (stream.IsOpen && timeProvider.GetUtcNow() - stream.LastSentAt >= interval)
                {
                    // Web Chat and Teams render streamed text as markdown, like the final message: escape it the same way.
                    var text = SafeMarkup.Answer(written.ToString().Trim());
                    if (text.Length > 0 && !string.Equals(text, stream.LastText, StringComparison.Ordinal))
                    {
                        await TrySendUpdateAsync(turn, stream, StreamInfo.Streaming, text, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }

        if (answer is null)
        {
            throw new InvalidOperationException("The answer stream ended without its final answer.");
        }

        await SendFinalAsync(turn, stream, answer, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    /// <summary>
    /// The next update. Until the text begins (retrieval, the model's first words), the informative update is repeated
    /// every <see cref="BotOptions.TypingIntervalSeconds"/>, as the typing indicator is for a whole answer: Web Chat stops
    /// showing that the bot is busy a few seconds after the last one.
    /// </summary>
    private async Task<bool> NextAsync(
        TurnContext turn, StreamProgress stream, IAsyncEnumerator<AnswerStreamUpdate> updates, string question, CancellationToken cancellationToken)
    {
        var next = updates.MoveNextAsync();
        if (next.IsCompleted || !stream.IsOpen || stream.TextStarted)
        {
            return await next.ConfigureAwait(false);
        }

        var pending = next.AsTask();
        var interval = TimeSpan.FromSeconds(options.Value.TypingIntervalSeconds);
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(interval, timeProvider, wait.Token);
            if (await Task.WhenAny(pending, delay).ConfigureAwait(false) == pending)
            {
                await wait.CancelAsync().ConfigureAwait(false);
                return await pending.ConfigureAwait(false);
            }

            if (stream.IsOpen && !stream.TextStarted)
            {
                await TrySendUpdateAsync(turn, stream, StreamInfo.Informative, BotReplies.Searching(question), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task TrySendUpdateAsync(TurnContext turn, StreamProgress stream, string streamType, string text, CancellationToken cancellationToken)
    {
        var typing = turn.Activity.CreateReply(ActivityTypes.Typing, text);
        StreamInfo.Apply(typing, streamType, stream.Id, stream.Sequence + 1);
        string? id;
        try
        {
            id = await turn.SendAsync(typing, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LogStreamingStopped(turn.Activity.ChannelId, stream.Sequence + 1, (ex as ConnectorException)?.StatusCode is { } status ? (int)status : 0);
            stream.IsOpen = false;
            return;
        }

        stream.Sequence++;
        stream.LastSentAt = timeProvider.GetUtcNow();
        stream.LastText = text;
        stream.TextStarted |= streamType == StreamInfo.Streaming;
        // The channel names the stream by its first activity's id (Teams: the 201 response; Direct Line: the new activity).
        stream.Id ??= id;
        if (stream.Id is null)
        {
            LogNoStreamId(turn.Activity.ChannelId);
            stream.IsOpen = false;
        }
    }

    private async Task SendFinalAsync(TurnContext turn, StreamProgress stream, Answer answer, CancellationToken cancellationToken)
    {
        if (stream.IsOpen && stream.Id is not null)
        {
            var final = AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress);
            StreamInfo.Apply(final, StreamInfo.Final, stream.Id, sequence: null);
            try
            {
                await turn.SendAsync(final, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                LogStreamingStopped(turn.Activity.ChannelId, stream.Sequence + 1, (ex as ConnectorException)?.StatusCode is { } status ? (int)status : 0);
            }
        }

        await turn.SendAsync(AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{ChannelId} refused streamed update {Sequence} (status {StatusCode}); the answer will be sent as one message")]
    private partial void LogStreamingStopped(string? channelId, int sequence, int statusCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ChannelId} gave no id for the stream's first activity; the answer will be sent as one message")]
    private partial void LogNoStreamId(string? channelId);
}
