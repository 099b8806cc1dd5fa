using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Web.Api.Ask;

/// <summary>
/// Bounds the questions <c>/api/ask</c> answers at once (<see cref="ApiOptions.AskConcurrency"/>). Answering is CPU work;
/// a hundred at once on two cores would fill the thread pool's queue, and every other request (<c>/healthz</c> first)
/// would wait behind them. Waiting questions hold no thread; past <see cref="ApiOptions.AskQueueLimit"/> they are refused.
/// </summary>
internal sealed class AskGate : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public AskGate(IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Permits = settings.AskConcurrency > 0 ? settings.AskConcurrency : Environment.ProcessorCount;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Permits,
            QueueLimit = settings.AskQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        ReserveThreads(Permits);
    }

    public int Permits { get; }

    /// <summary>Questions waiting for a slot now.</summary>
    public long Waiting => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>A lease to answer one question; not acquired when the queue is full. Dispose it when the answer is written.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();

    /// <summary>
    /// Answering runs synchronously for long stretches; with no more pool threads than cores, all of them can be answering
    /// while a health check waits for the pool to add a thread (about one every half second). Keep threads beyond the
    /// answering ones ready (the bot's turns and the server's own work take some).
    /// </summary>
    private static void ReserveThreads(int answering)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = Math.Min(answering, 4 * Environment.ProcessorCount) + 64;
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completionPorts);
        }
    }
}
