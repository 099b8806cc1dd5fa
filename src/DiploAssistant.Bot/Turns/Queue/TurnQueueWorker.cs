using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Queue;

/// <summary>Answers queued turns in the background, a few at a time (one per conversation, in order), and sends the busy replies of turns that did not fit.</summary>
internal sealed partial class TurnQueueWorker(TurnQueue queue, TurnRunner runner, IOptions<BotOptions> options, ILogger<TurnQueueWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([.. Enumerable.Range(0, options.Value.TurnConcurrency).Select(_ => ConsumeAsync(stoppingToken)), SendBusyRepliesAsync(stoppingToken)]);

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var lane in queue.Ready.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await runner.RunAsync(queue.Take(lane), stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    queue.Release(lane);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task SendBusyRepliesAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (turn, text) in queue.BusyReader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await turn.SendTextAsync(text, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogBusyReplyFailed(ex, turn.Activity.ChannelId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A busy reply on {ChannelId} could not be delivered")]
    private partial void LogBusyReplyFailed(Exception exception, string? channelId);
}
