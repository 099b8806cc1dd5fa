using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Web.Limits;

/// <summary>
/// Requests per client IP address in each window (configuration section <c>RateLimits</c>); past a budget the client gets
/// 429 with <c>Retry-After</c>. Messages per conversation are limited separately (<c>Bot:MessagesPerConversationPerMinute</c>).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Length of the fixed window every budget below counts in.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary><c>/api/ask</c> and <c>/api/documents</c>.</summary>
    [Range(1, 1_000_000)]
    public int ApiPerIp { get; set; } = 60;

    /// <summary>Direct Line tokens (generate, refresh), conversation start and reconnect, posted activities.</summary>
    [Range(1, 1_000_000)]
    public int DirectLinePerIp { get; set; } = 120;

    /// <summary>Direct Line polls and stream opens (a polling page makes up to one per second).</summary>
    [Range(1, 1_000_000)]
    public int DirectLineReadsPerIp { get; set; } = 600;

    /// <summary><c>/api/messages</c>: Teams and Azure Bot Service post from a few shared addresses, so this is generous.</summary>
    [Range(1, 1_000_000)]
    public int ChannelPerIp { get; set; } = 1200;
}
