using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Queue;

/// <summary>
/// At most <c>Bot:MessagesPerConversationPerMinute</c> turns per conversation (a fixed one-minute window; 0: no limit). Checked after
/// authentication, so nobody can spend another conversation's allowance; the caller answers 429 with <c>Retry-After</c>.
/// </summary>
internal sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.MessagesPerConversationPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => permits == 0
            ? RateLimitPartition.GetNoLimiter(conversationId)
            : RateLimitPartition.GetFixedWindowLimiter(
                conversationId,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>True when the conversation may have one more turn; otherwise how long to wait.</summary>
    public bool TryAcquire(string? conversationId, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(conversationId ?? string.Empty);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
