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

    /// <summary>
    /// Offer the model the <c>articles</c> plugin (search, get), so it can search again for parts of the question the first
    /// sources miss. False, or a model that refuses tools, keeps the single retrieve-then-answer pass.
    /// </summary>
    public bool UseTools { get; set; } = true;

    /// <summary>Tool calls allowed in one answer; a call past it is answered "limit reached", and the next ends the loop.</summary>
    [Range(1, 20)]
    public int MaxToolCalls { get; set; } = 4;

    /// <summary>Sources the model's searches may add to one answer (beyond the question's own evidence).</summary>
    [Range(1, 100)]
    public int MaxSources { get; set; } = 16;

    /// <summary>Sources one search returns.</summary>
    [Range(1, 20)]
    public int SearchResults { get; set; } = 5;

    /// <summary>Time allowed for one whole answer, tool calls included; past it the extractive answer is given, marked.</summary>
    [Range(5, 1800)]
    public int MaxAnswerSeconds { get; set; } = 120;

    /// <summary>Where the prompt templates are; when empty, <c>prompts/</c> next to the app (or above it, for development runs).</summary>
    public string? PromptsDirectory { get; set; }
}
