namespace DiploAssistant.Core.Articles.Segmenting;

/// <summary>One story found on a page: its own headline (when it has one) and its text.</summary>
internal sealed record Story(string? Title, string Text);
