using DiploAssistant.Core.Storage;

namespace DiploAssistant.Web.Api.Health;

/// <summary>
/// The store half of the readiness probe. Counting a large store's rows costs milliseconds that a probe under load should
/// not wait for, so a successful check is reused for <see cref="Freshness"/>, and probes that arrive while one runs share
/// it. A failed check is never reused: the next probe asks the store again. A check that does not answer within
/// <see cref="Timeout"/> makes the probe fail (503) instead of hanging.
/// </summary>
internal sealed class StoreReadiness(IDocumentStore store, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private Task<StoreStatistics>? _check;
    private DateTimeOffset _startedAt;

    public Task<StoreStatistics> CheckAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_check is not { } check || check.IsFaulted || check.IsCanceled || (check.IsCompleted && time.GetUtcNow() - _startedAt >= Freshness))
            {
                _startedAt = time.GetUtcNow();
                // Not the probe's token: a probe that gives up must not fail the check that others share.
                check = _check = store.GetStatisticsAsync(CancellationToken.None);
            }

            return check.WaitAsync(Timeout, time, cancellationToken);
        }
    }
}
