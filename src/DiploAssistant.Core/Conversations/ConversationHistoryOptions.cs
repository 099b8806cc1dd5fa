using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Conversations;

/// <summary>
/// How much of a conversation is remembered for follow-ups (configuration section <c>Conversations</c>). The store keeps
/// the turns in its database and enforces both bounds on every write, so a conversation outlives a restart but not its age.
/// </summary>
public sealed class ConversationHistoryOptions
{
    public const string SectionName = "Conversations";

    /// <summary>Turns kept per conversation (the oldest are dropped).</summary>
    [Range(0, 100)]
    public int MaxTurns { get; set; } = 6;

    /// <summary>Turns older than this are forgotten: a question asked an hour later is not a follow-up.</summary>
    [Range(1, 7 * 24 * 60)]
    public int MaxAgeMinutes { get; set; } = 30;

    /// <summary>
    /// Conversations kept by the in-memory history (the least recently active are dropped); the stores' history is bounded
    /// by <see cref="MaxAgeMinutes"/> instead.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;
}
