using System.Security.Claims;

namespace DiploAssistant.Bot.Authentication;

/// <summary>The outcome of authenticating one inbound request: the caller's identity, or why it was refused.</summary>
public sealed record BotAuthenticationResult(ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Identity is not null;

    public static BotAuthenticationResult Fail(string reason) => new(null, reason);

    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);
}
