using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>Sends <c>typing</c> now and then every interval until disposed (before the answer is sent).</summary>
internal sealed class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private TypingIndicator(TurnContext turn, TimeSpan interval, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RunAsync(turn, interval, timeProvider, _stop.Token);
    }

    public static TypingIndicator Start(TurnContext turn, TimeSpan interval, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        new(turn, interval, timeProvider, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RunAsync(TurnContext turn, TimeSpan interval, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var typing = turn.Activity.CreateReply(ActivityTypes.Typing);
                typing.ReplyToId = null; // typing goes to the conversation, not as a reply
                await turn.SendAsync(typing, cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // stopped: the answer is ready
        }
        catch (Exception ex) when (ex is HttpRequestException or Connector.ConnectorException)
        {
            // A lost typing indicator must never fail the turn.
        }
    }
}
