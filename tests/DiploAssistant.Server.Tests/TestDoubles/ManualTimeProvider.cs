namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>A clock the test moves by hand (timers stay real).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
