using System.Threading.Channels;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Bot.Proactive;

/// <summary>
/// Hears of every load the server makes (uploads, URL loads, chat attachments, the sample data) and queues it for
/// <see cref="WatchDigestWorker"/>, so that matching and sending never hold up the load's own reply.
/// </summary>
internal sealed class WatchDigestQueue : IIngestionListener
{
    // Loads come one request at a time; a backlog this long means the worker is stuck, and the oldest loads are dropped.
    private const int Capacity = 256;

    private readonly Channel<LoadedBatch> _batches = Channel.CreateBounded<LoadedBatch>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<LoadedBatch> Reader => _batches.Reader;

    public Task OnLoadedAsync(LoadedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _batches.Writer.TryWrite(batch);
        return Task.CompletedTask;
    }
}
