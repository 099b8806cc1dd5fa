namespace DiploAssistant.Bot.Connector;

/// <summary>Bearer tokens for calls from the bot to the channel (Bot Connector).</summary>
public interface IChannelTokenProvider
{
    /// <summary>A token for the Bot Connector, or null when authentication is off (no app id): send no Authorization header.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
