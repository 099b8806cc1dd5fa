namespace DiploAssistant.Bot.Authentication;

/// <summary>Whether the key that signed a channel token is endorsed for the activity's channel (spec §1.3).</summary>
internal static class EndorsementsValidator
{
    /// <summary>An empty channel id passes (unaffinitized activity); otherwise it must be one of the endorsements.</summary>
    public static bool Validate(string? channelId, IReadOnlyCollection<string> endorsements)
    {
        ArgumentNullException.ThrowIfNull(endorsements);
        return string.IsNullOrEmpty(channelId) || endorsements.Contains(channelId, StringComparer.Ordinal);
    }
}
