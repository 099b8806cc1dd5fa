using System.Text.Json.Nodes;

namespace DiploAssistant.Bot.Turns;

/// <summary>The synchronous answer to an <c>invoke</c> activity: HTTP status and optional JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
