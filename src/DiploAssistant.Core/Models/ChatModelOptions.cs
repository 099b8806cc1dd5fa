using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The chat model that writes answers and rewrites follow-up questions (configuration section <c>Chat</c>).
/// Named apart from <c>Microsoft.Extensions.AI.ChatOptions</c>, which is per request.
/// </summary>
public sealed class ChatModelOptions : ModelOptions
{
    public const string SectionName = "Chat";

    [Range(0.0, 2.0)]
    public float Temperature { get; set; } = 0.1f;

    [Range(16, 32_000)]
    public int MaxOutputTokens { get; set; } = 800;

    /// <summary>Where the prompt templates are; when empty, <c>prompts/</c> next to the app (or above it, for development runs).</summary>
    public string? PromptsDirectory { get; set; }
}
