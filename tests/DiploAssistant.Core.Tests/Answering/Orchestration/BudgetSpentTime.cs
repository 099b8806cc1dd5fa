namespace DiploAssistant.Core.Tests.Answering.Orchestration;

/// <summary>A clock on which every timer set for a minute or more is already due: an answer's whole budget is spent at once.</summary>
internal sealed class BudgetSpentTime : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        base.CreateTimer(callback, state, dueTime >= TimeSpan.FromMinutes(1) ? TimeSpan.FromMilliseconds(200) : dueTime, period);
}
