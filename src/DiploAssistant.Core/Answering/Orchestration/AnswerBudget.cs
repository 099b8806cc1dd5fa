namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>The caller's token, also cancelled once <c>Chat:MaxAnswerSeconds</c> have passed on the given clock.</summary>
internal sealed class AnswerBudget : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly ITimer _timer;

    public AnswerBudget(TimeSpan limit, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _timer = timeProvider.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), _source, limit, Timeout.InfiniteTimeSpan);
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }
}
