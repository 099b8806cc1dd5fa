using System.Text.Json.Serialization;
using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>A page of activities and the watermark to ask from next time.</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);
