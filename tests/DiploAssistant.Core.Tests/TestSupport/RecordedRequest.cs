using System.Text.Json.Nodes;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>One request the fake OpenAI server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json() => JsonNode.Parse(Body)!.AsObject();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The chat messages sent, as (role, content).</summary>
    public IReadOnlyList<(string Role, string Content)> Messages() =>
        Json()["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Content(m["content"]))).ToList();

    /// <summary>The names of the tools the request offers the model.</summary>
    public IReadOnlyList<string> ToolNames() =>
        Json()["tools"] is JsonArray tools ? tools.Select(t => t!["function"]!["name"]!.GetValue<string>()).ToList() : [];

    private static string Content(JsonNode? content) => content switch
    {
        null => "",
        JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())),
        _ => content.GetValue<string>(),
    };
}
