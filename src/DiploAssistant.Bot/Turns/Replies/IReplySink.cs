using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Turns.Replies;

/// <summary>Where a turn's outgoing activities go: the Bot Connector, an expectReplies buffer, or a Direct Line conversation.</summary>
public interface IReplySink
{
    /// <summary>Delivers one activity; returns its id on the channel when known.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the earlier activity <see cref="Activity.Id"/> (Teams: <c>PUT …/activities/{id}</c>).</summary>
    Task UpdateAsync(Activity activity, CancellationToken cancellationToken);
}
