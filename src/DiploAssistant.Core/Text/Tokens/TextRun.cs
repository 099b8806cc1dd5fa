namespace DiploAssistant.Core.Text.Tokens;

/// <summary>A maximal run of characters of one class in normalised text.</summary>
internal readonly record struct TextRun(CharacterClass Class, int Start, int Length);
