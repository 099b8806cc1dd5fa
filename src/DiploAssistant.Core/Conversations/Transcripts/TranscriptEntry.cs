namespace DiploAssistant.Core.Conversations.Transcripts;

/// <summary>One activity of a transcript: its number in the conversation and the channel's JSON.</summary>
public sealed record TranscriptEntry(long Sequence, string Payload);
