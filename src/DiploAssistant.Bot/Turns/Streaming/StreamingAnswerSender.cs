using System.Text;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>
/// Sends an answer while the model writes it (spec §4.4): an informative <c>typing</c> at once (repeated while nothing is
/// written yet), then <c>typing</c> updates carrying the whole text so far — at most one per
/// <see cref="BotOptions.StreamingIntervalSeconds"/>, each only after the previous one was accepted — then the final message
/// with the citations, AI label and feedback buttons. As Teams wants it: when the user presses Stop (403
/// <c>ContentStreamNotAllowed</c> "cancelled by user") the model is stopped and nothing more is sent; when the stream hits
/// Teams' time limit, or reaches <see cref="BotOptions.MaxStreamSeconds"/> first (then it is closed with the text so far),
/// the checked answer replaces the streamed message in place (one PUT). Any other refusal stops the updates, and the final
/// answer goes as an ordinary message.
/// </summary>
internal sealed partial class StreamingAnswerSender(IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<StreamingAnswerSender> logger)
{
    /// <summary>Streams the answer into the turn's conversation; returns it with its message id once sent, or a cancelled result.</summary>
    public async Task<StreamedAnswer> SendAsync(TurnContext turn, string question, IAsyncEnumerable<AnswerStreamUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(updates);
        var interval = TimeSpan.FromSeconds(options.Value.StreamingIntervalSeconds);
        var stream = new StreamProgress(timeProvider.GetUtcNow());
        await TrySendUpdateAsync(turn, stream, StreamInfo.Informative, BotReplies.Searching(question), cancellationToken).ConfigureAwait(false);

        var written = new StringBuilder();
        Answer? answer = null;
        using var model = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var enumerator = updates.GetAsyncEnumerator(model.Token);
        try
        {
            while (!stream.Cancelled && await NextAsync(turn, stream, enumerator, question, model, cancellationToken).ConfigureAwait(false))
            {
                var update = enumerator.Current;
                if (update.Answer is { } final)
                {
                    answer = final;
                    break;
                }

                written.Append(update.Delta);
                await SendProgressAsync(turn, stream, written, interval, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }

        if (stream.Cancelled)
        {
            LogCancelled(turn.Activity.ChannelId, stream.Sequence);
            return new StreamedAnswer(null, null);
        }

        if (answer is null)
        {
            throw new InvalidOperationException("The answer stream ended without its final answer.");
        }

        var id = await SendFinalAsync(turn, stream, answer, cancellationToken).ConfigureAwait(false);
        return stream.Cancelled ? new StreamedAnswer(null, null) : new StreamedAnswer(answer, id);
    }

    private async Task SendProgressAsync(TurnContext turn, StreamProgress stream, StringBuilder written, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (!stream.IsOpen || timeProvider.GetUtcNow() - stream.LastSentAt < interval)
        {
            return;
        }

        // Web Chat and Teams render streamed text as markdown, like the final message: escape it the same way.
        var text = SafeMarkup.Answer(written.ToString().Trim());
        if (stream.Id is not null && ActivityExtensions.IsTeamsChannel(turn.Activity.ChannelId)
            && timeProvider.GetUtcNow() - stream.StartedAt >= TimeSpan.FromSeconds(options.Value.MaxStreamSeconds))
        {
            // Close the stream before Teams' 2-minute limit does; the checked answer replaces this message when it is ready.
            var closing = turn.Activity.CreateReply(ActivityTypes.Message, text.Length > 0 ? text + " …" : BotReplies.Searching(turn.Activity.Text ?? string.Empty));
            closing.TextFormat = "markdown";
            StreamInfo.Apply(closing, StreamInfo.Final, stream.Id, sequence: null);
            if (await TrySendAsync(turn, stream, closing, cancellationToken).ConfigureAwait(false))
            {
                LogClosedForAge(turn.Activity.ChannelId, stream.Sequence);
                stream.IsOpen = false;
                stream.FinishInPlace = true;
            }

            return;
        }

        if (text.Length > 0 && !string.Equals(text, stream.LastText, StringComparison.Ordinal))
        {
            await TrySendUpdateAsync(turn, stream, StreamInfo.Streaming, text, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The next update. Until the text begins (retrieval, the model's first words), the informative update is repeated
    /// every <see cref="BotOptions.TypingIntervalSeconds"/>, as the typing indicator is for a whole answer: Web Chat stops
    /// showing that the bot is busy a few seconds after the last one. A Stop meanwhile stops the model.
    /// </summary>
    private async Task<bool> NextAsync(
        TurnContext turn, StreamProgress stream, IAsyncEnumerator<AnswerStreamUpdate> updates, string question, CancellationTokenSource model,
        CancellationToken cancellationToken)
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

            if (stream.Cancelled)
            {
                await model.CancelAsync().ConfigureAwait(false);
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // the model stopped, as asked
                }

                return false;
            }
        }
    }

    private async Task TrySendUpdateAsync(TurnContext turn, StreamProgress stream, string streamType, string text, CancellationToken cancellationToken)
    {
        var typing = turn.Activity.CreateReply(ActivityTypes.Typing, text);
        StreamInfo.Apply(typing, streamType, stream.Id, stream.Sequence + 1);
        if (!await TrySendAsync(turn, stream, typing, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        stream.Sequence++;
        stream.LastText = text;
        stream.TextStarted |= streamType == StreamInfo.Streaming;
        if (stream.Id is null)
        {
            LogNoStreamId(turn.Activity.ChannelId);
            stream.IsOpen = false;
        }
    }

    /// <summary>Sends one activity of the stream; on a refusal records why and returns false.</summary>
    private async Task<bool> TrySendAsync(TurnContext turn, StreamProgress stream, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            var id = await turn.SendAsync(activity, cancellationToken).ConfigureAwait(false);
            stream.LastSentAt = timeProvider.GetUtcNow();
            // The channel names the stream by its first activity's id (Teams: the 201 response; Direct Line: the new activity).
            stream.Id ??= id;
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            var refusal = StreamRefusals.Classify(ex);
            LogStreamingStopped(turn.Activity.ChannelId, stream.Sequence + 1, (ex as ConnectorException)?.StatusCode is { } status ? (int)status : 0, refusal);
            stream.IsOpen = false;
            stream.Cancelled = refusal == StreamRefusal.CancelledByUser;
            stream.FinishInPlace = refusal == StreamRefusal.TimeLimit && stream.Id is not null;
            return false;
        }
    }

    private async Task<string?> SendFinalAsync(TurnContext turn, StreamProgress stream, Answer answer, CancellationToken cancellationToken)
    {
        if (stream.IsOpen && stream.Id is not null)
        {
            var final = AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress);
            StreamInfo.Apply(final, StreamInfo.Final, stream.Id, sequence: null);
            try
            {
                return await turn.SendAsync(final, cancellationToken).ConfigureAwait(false) ?? stream.Id;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                var refusal = StreamRefusals.Classify(ex);
                LogStreamingStopped(turn.Activity.ChannelId, stream.Sequence + 1, (ex as ConnectorException)?.StatusCode is { } status ? (int)status : 0, refusal);
                stream.Cancelled = refusal == StreamRefusal.CancelledByUser;
                stream.FinishInPlace = refusal == StreamRefusal.TimeLimit;
                if (stream.Cancelled)
                {
                    return null;
                }
            }
        }

        if (stream.FinishInPlace && stream.Id is not null)
        {
            var replacement = AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress);
            replacement.Id = stream.Id;
            replacement.ReplyToId = null;
            await turn.UpdateAsync(replacement, cancellationToken).ConfigureAwait(false);
            return stream.Id;
        }

        return await turn.SendAsync(AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{ChannelId} refused streamed activity {Sequence} (status {StatusCode}, {Refusal}); the updates stop")]
    private partial void LogStreamingStopped(string? channelId, int sequence, int statusCode, StreamRefusal refusal);

    [LoggerMessage(Level = LogLevel.Information, Message = "The user stopped the answer on {ChannelId} after {Sequence} updates; nothing more is sent")]
    private partial void LogCancelled(string? channelId, int sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed the stream on {ChannelId} after {Sequence} updates, before the channel's time limit")]
    private partial void LogClosedForAge(string? channelId, int sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ChannelId} gave no id for the stream's first activity; the answer will be sent as one message")]
    private partial void LogNoStreamId(string? channelId);
}
