using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Bot.Proactive;

/// <summary>
/// Turns each queued load into the watches' digests (<see cref="WatchService.DigestsAsync"/>: one per matching watch) and
/// sends them; once a minute without loads, sends the matches that waited out a watch's minimum interval.
/// </summary>
internal sealed partial class WatchDigestWorker(
    WatchDigestQueue queue, WatchService watches, WatchDigestSender sender, TimeProvider timeProvider, ILogger<WatchDigestWorker> logger) : BackgroundService
{
    internal static readonly TimeSpan WaitingMatchesInterval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            LoadedBatch batch;
            using (var quiet = new CancellationTokenSource(WaitingMatchesInterval, timeProvider))
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, quiet.Token))
            {
                try
                {
                    batch = await queue.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    batch = LoadedBatch.Empty;
                }
            }

            await RunAsync(batch, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(LoadedBatch batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<WatchDigest> digests;
        try
        {
            digests = await watches.DigestsAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMatchingFailed(ex, batch.DocumentIds.Count);
            return;
        }

        foreach (var digest in digests)
        {
            try
            {
                await sender.SendAsync(digest, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSendFailed(ex, digest.Watch.Id, digest.Watch.ChannelId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching the watches against a load of {Count} documents failed")]
    private partial void LogMatchingFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The digest of watch {WatchId} could not be sent to its conversation on {ChannelId}")]
    private partial void LogSendFailed(Exception exception, long watchId, string channelId);
}
