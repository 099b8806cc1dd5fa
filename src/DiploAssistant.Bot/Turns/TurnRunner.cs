using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Bot.Turns;

/// <summary>Runs one turn in its own scope; the one turn-error handler: logs, and tells the user politely.</summary>
internal sealed partial class TurnRunner(IServiceScopeFactory scopeFactory, ILogger<TurnRunner> logger)
{
    public const string ErrorReply = "Sorry — something went wrong while I was answering. Please try again in a moment.";

    public async Task<InvokeResponse?> RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await using var scope = scopeFactory.CreateAsyncScope();
        try
        {
            var handler = scope.ServiceProvider.GetRequiredService<BotTurnHandler>();
            return await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogTurnFailed(ex, turn.Activity.Type, turn.Activity.ChannelId);
            if (turn.Activity.Type == Activities.ActivityTypes.Message)
            {
                await TrySendErrorAsync(turn, cancellationToken).ConfigureAwait(false);
            }

            return turn.Activity.Type == Activities.ActivityTypes.Invoke ? new InvokeResponse(500) : null;
        }
    }

    private async Task TrySendErrorAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await turn.SendTextAsync(ErrorReply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogErrorReplyFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {ActivityType} turn on {ChannelId} failed")]
    private partial void LogTurnFailed(Exception exception, string? activityType, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The apology for a failed turn could not be delivered either")]
    private partial void LogErrorReplyFailed(Exception exception);
}
