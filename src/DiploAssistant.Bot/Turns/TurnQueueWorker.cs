using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>Answers queued turns in the background, a few at a time.</summary>
internal sealed class TurnQueueWorker(TurnQueue queue, TurnRunner runner, IOptions<BotOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.TurnConcurrency).Select(_ => ConsumeAsync(stoppingToken)));

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await runner.RunAsync(turn, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
