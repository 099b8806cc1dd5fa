using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.DirectLine;

public sealed class DirectLineStreamTests : IDisposable
{
    private readonly DiploServerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheStream_SendsActivitySets_AsActivitiesArrive()
    {
        var client = _factory.CreateClient();
        var (_, token) = await DirectLineTests.GenerateAsync(client);
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        var streamUrl = new Uri((string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!);

        var socket = await _factory.Server.CreateWebSocketClient().ConnectAsync(streamUrl, CancellationToken.None);
        var welcome = await ReceiveActivitySetAsync(socket);

        Assert.StartsWith("Hello! I'm DiploAssistant.", (string?)welcome["activities"]![0]!["text"], StringComparison.Ordinal);
        Assert.Equal("1", (string?)welcome["watermark"]);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task TheStream_RefusesAnotherConversationsToken()
    {
        var client = _factory.CreateClient();
        var (mine, _) = await DirectLineTests.GenerateAsync(client);
        var (_, theirToken) = await DirectLineTests.GenerateAsync(client);
        var url = new Uri(_factory.Server.BaseAddress, $"/v3/directline/conversations/{mine}/stream?t={theirToken}");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => _factory.Server.CreateWebSocketClient().ConnectAsync(url, CancellationToken.None));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> ReceiveActivitySetAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.Count > 0)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
            }
        }
    }
}
