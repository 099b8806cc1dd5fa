using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>
/// A tool-calling model behind <see cref="FakeOpenAIServer"/>: offered a search tool, it calls it with its own
/// <see cref="Query"/> (up to <see cref="Calls"/> times, once per request), then answers citing the first number the last
/// search returned, or [1] when that result holds no numbered source. <see cref="Arguments"/> overrides what it sends
/// (a malformed call). It records every query it sent.
/// </summary>
internal sealed class ToolCallingModel(string query)
{
    public string Query { get; } = query;

    public int Calls { get; init; } = 1;

    public string? Arguments { get; init; }

    /// <summary>The tool names offered in each request.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> OfferedTools { get; } = new();

    /// <summary>What the last request's tool message said (the numbered sources, as JSON).</summary>
    public string? LastToolResult { get; private set; }

    public string Answer(int number) => $"The Netherlands and Korea agreed to deepen their security cooperation [{number}].";

    public string Respond(RecordedRequest request)
    {
        var (call, answer) = Decide(request);
        return call is null ? FakeOpenAIServer.ChatCompletionJson(answer!) : FakeOpenAIServer.ToolCallJson(call, ArgumentsJson(), $"call_{ToolMessages(request) + 1}");
    }

    public (IReadOnlyList<JsonObject> Deltas, string FinishReason) Stream(RecordedRequest request)
    {
        var (call, answer) = Decide(request);
        if (call is not null)
        {
            var delta = new JsonObject
            {
                ["role"] = "assistant",
                ["tool_calls"] = new JsonArray(FakeOpenAIServer.ToolCall(call, ArgumentsJson(), $"call_{ToolMessages(request) + 1}", index: 0)),
            };
            return ([delta], "tool_calls");
        }

        var words = answer!.Split(' ');
        return (words.Select((w, i) => new JsonObject { ["content"] = i == 0 ? w : " " + w }).ToList(), "stop");
    }

    private (string? Call, string? Answer) Decide(RecordedRequest request)
    {
        var tools = request.ToolNames();
        OfferedTools.Enqueue(tools);
        var messages = request.Json()["messages"]!.AsArray();
        if (ToolMessages(request) < Calls && tools.FirstOrDefault(t => t.Contains("search", StringComparison.Ordinal)) is { } search)
        {
            return (search, null);
        }

        LastToolResult = messages.LastOrDefault(m => m!["role"]!.GetValue<string>() == "tool")?["content"]?.ToString();
        return (null, Answer(FirstNumber(LastToolResult) ?? 1));
    }

    private string ArgumentsJson() => Arguments ?? new JsonObject { ["query"] = Query }.ToJsonString();

    private static int ToolMessages(RecordedRequest request) =>
        request.Json()["messages"]!.AsArray().Count(m => m!["role"]!.GetValue<string>() == "tool");

    private static int? FirstNumber(string? toolResult)
    {
        try
        {
            return toolResult is not null && JsonNode.Parse(toolResult) is JsonArray { Count: > 0 } sources ? sources[0]!["number"]!.GetValue<int>() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
