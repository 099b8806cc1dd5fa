using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DiploAssistant.Bot.Tests.TestDoubles;

/// <summary>A loopback Entra token endpoint (https) and Bot Connector (http) that record what they were sent.</summary>
internal sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly Queue<int> _connectorStatuses = new();
    private LoopbackServer? _tokenServer;
    private LoopbackServer? _connector;

    public System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate { get; } = LoopbackCertificate.Create();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public ConcurrentQueue<(string RawTarget, string? Authorization, JsonObject Body)> ConnectorRequests { get; } = new();

    /// <summary>The authority MSAL is pointed at: <c>https://127.0.0.1:port/botframework.com</c>.</summary>
    public string Authority => new Uri(_tokenServer!.BaseAddress, "botframework.com").AbsoluteUri;

    public string ServiceUrl => _connector!.BaseAddress.AbsoluteUri;

    public static async Task<LoopbackChannel> StartAsync()
    {
        var channel = new LoopbackChannel();
        channel._tokenServer = await LoopbackServer.StartAsync(channel.MapTokenEndpoint, channel.Certificate);
        channel._connector = await LoopbackServer.StartAsync(channel.MapConnector);
        return channel;
    }

    /// <summary>Makes the connector answer these statuses first (then 200).</summary>
    public void FailConnectorWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _connectorStatuses.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _tokenServer!.DisposeAsync();
        await _connector!.DisposeAsync();
        Certificate.Dispose();
    }

    private void MapTokenEndpoint(WebApplication app) =>
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            var form = await http.Request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            fields["tenant"] = tenant;
            TokenRequests.Enqueue(fields);
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"loopback-token-{TokenRequests.Count}" });
        });

    private void MapConnector(WebApplication app) =>
        app.MapPost("/v3/conversations/{**rest}", async (HttpContext http) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!;
            var rawTarget = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
            ConnectorRequests.Enqueue((rawTarget, http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body));
            if (_connectorStatuses.TryDequeue(out var status))
            {
                return Results.Json(new { error = new { code = "Throttled", message = "slow down" } }, statusCode: status);
            }

            return Results.Json(new { id = "posted-" + ConnectorRequests.Count });
        });
}
