using System.Text.Json.Serialization;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>A role an article gives the person ("위성락 국가안보실장" → "국가안보실장"), with the articles that give it.</summary>
public sealed record BriefRole(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("citations")] IReadOnlyList<Citation> Citations);
