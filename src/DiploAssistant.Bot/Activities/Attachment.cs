using System.Text.Json.Nodes;

namespace DiploAssistant.Bot.Activities;

/// <summary>A file or card attached to an activity.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonNode? Content { get; set; }

    public string? Name { get; set; }
}
