using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>Asks <c>/api/ask</c> for server-sent events and reads them with the runtime's own SSE parser.</summary>
internal static class EventStreamClient
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/ask") { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>Every event until the server closes the stream, as (event type, JSON data).</summary>
    public static async Task<List<(string Type, JsonNode Data)>> ReadAllAsync(HttpResponseMessage response)
    {
        var events = new List<(string, JsonNode)>();
        await using var stream = await response.Content.ReadAsStreamAsync();
        await foreach (var item in SseParser.Create(stream).EnumerateAsync())
        {
            events.Add((item.EventType, JsonNode.Parse(item.Data)!));
        }

        return events;
    }
}
