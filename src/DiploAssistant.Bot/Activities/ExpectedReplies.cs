namespace DiploAssistant.Bot.Activities;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> response: every activity the bot sent during the turn.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
