namespace DiploAssistant.Core.Conversations.Transcripts;

/// <summary>What a client reads after its watermark: the entries, and the new watermark (the last number given).</summary>
public sealed record TranscriptPage(IReadOnlyList<TranscriptEntry> Entries, long Watermark)
{
    /// <summary>The page of a transcript that does not exist (or no longer does).</summary>
    public static TranscriptPage Empty { get; } = new([], 0);
}
