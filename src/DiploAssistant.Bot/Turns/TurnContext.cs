using System.Security.Claims;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns.Replies;

namespace DiploAssistant.Bot.Turns;

/// <summary>One inbound activity being handled, and where its replies go.</summary>
public sealed class TurnContext(Activity activity, IReplySink sink, ClaimsIdentity? identity = null)
{
    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public ClaimsIdentity? Identity { get; } = identity;

    /// <summary>
    /// Whether attachment <c>contentUrl</c>s may be downloaded: only for activities from an authenticated channel, never
    /// for our own Direct Line, where the URL is whatever the browser typed (that would be a server-side request forgery).
    /// </summary>
    public bool AttachmentsTrusted { get; init; }

    /// <summary>Where the user reaches this server (its article pages, for citations of articles with no web address); null when unknown.</summary>
    public Uri? ServerAddress { get; init; }

    public bool ExpectsReplies =>
        string.Equals(Activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    public Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken) => sink.SendAsync(reply, cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier in this conversation (its <see cref="Activity.Id"/>).</summary>
    public Task UpdateAsync(Activity reply, CancellationToken cancellationToken) => sink.UpdateAsync(reply, cancellationToken);

    /// <summary>Replies with markdown text.</summary>
    public Task<string?> SendTextAsync(string text, CancellationToken cancellationToken)
    {
        var reply = Activity.CreateReply(ActivityTypes.Message, text);
        reply.TextFormat = "markdown";
        return sink.SendAsync(reply, cancellationToken);
    }
}
