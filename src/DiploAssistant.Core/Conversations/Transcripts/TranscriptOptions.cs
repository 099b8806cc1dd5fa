using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Conversations.Transcripts;

/// <summary>The bounds of <see cref="ITranscriptStore"/>; the bot sets them from its <c>DirectLine</c> section.</summary>
public sealed class TranscriptOptions
{
    /// <summary>Transcripts kept; creating one more forgets the least recently used.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Transcripts idle longer than this are forgotten.</summary>
    [Range(1, 10_080)]
    public int IdleMinutes { get; set; } = 120;

    /// <summary>Entries kept per transcript (older ones drop off; numbers keep counting).</summary>
    [Range(10, 100_000)]
    public int MaxEntriesPerConversation { get; set; } = 500;

    public TimeSpan IdleLimit => TimeSpan.FromMinutes(IdleMinutes);
}
