namespace DiploAssistant.Core.Articles.Formats;

/// <summary>One line of a <c>.jsonl</c> dump as read from its stream: its number, and its text or why it cannot be read.</summary>
internal sealed record DumpLine(int Number, string? Text, string? Failure);
