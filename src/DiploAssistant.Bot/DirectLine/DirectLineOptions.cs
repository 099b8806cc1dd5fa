using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>The built-in Direct Line 3.0-compatible endpoint (configuration section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Key that signs conversation tokens (at least 32 characters). Empty: a random key per process (tokens die with it).</summary>
    [MinLength(32)]
    public string? TokenSigningKey { get; set; }

    [Range(1, 1440)]
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>Conversations kept (in memory, or in the shared store on PostgreSQL); the least recently used go first.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Conversations idle longer than this are forgotten.</summary>
    [Range(1, 10_080)]
    public int ConversationIdleMinutes { get; set; } = 120;

    /// <summary>Activities kept per conversation (older ones drop off; watermarks keep counting).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>How long a poll with nothing new waits for the next activity before answering empty (the client times out at 20 s).</summary>
    [Range(0, 15)]
    public int LongPollSeconds { get; set; } = 10;

    /// <summary>Origins allowed to call the endpoint from other sites (CORS); empty: same origin only.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}
