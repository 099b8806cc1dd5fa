using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace DiploAssistant.Bot.Tests.TestDoubles;

/// <summary>A <see cref="FakeTimeProvider"/> that tells the test when code under test starts waiting, and for how long.</summary>
internal sealed class ObservedFakeTimeProvider : FakeTimeProvider
{
    public BlockingCollection<TimeSpan> Waits { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Waits.Add(dueTime);
        return timer;
    }
}
