namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>A kept paragraph of running text, a heading, or a related-articles heading.</summary>
internal sealed record TextBlock(LineKind Kind, string Text);
