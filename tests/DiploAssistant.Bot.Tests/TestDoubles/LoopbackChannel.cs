using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DiploAssistant.Bot.Tests.TestDoubles;

/// <summary>
/// A loopback Entra token endpoint (https) and Bot Connector (http) that record what they were sent and answer as Teams
/// does: <c>{"id"}</c> for a new activity or conversation, and scripted errors <c>{"error":{"code","message"}}</c>.
/// </summary>
internal sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedError> _errors = new();
    private LoopbackServer? _tokenServer;
    private LoopbackServer? _connector;

    public System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate { get; } = LoopbackCertificate.Create();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public ConcurrentQueue<(string RawTarget, string? Authorization, JsonObject Body, string Method)> ConnectorRequests { get; } = new();

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
            _errors.Enqueue(new ScriptedError(status, "Throttled", "slow down", null));
        }
    }

    /// <summary>Makes the connector's next answer this error, as Teams words it.</summary>
    public void FailConnectorWith(int status, string code, string message, int? retryAfterSeconds = null) =>
        _errors.Enqueue(new ScriptedError(status, code, message, retryAfterSeconds));

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

    private void MapConnector(WebApplication app)
    {
        app.MapMethods("/v3/conversations/{**rest}", ["POST", "PUT", "DELETE"], (Delegate)RecordAsync);
        app.MapPost("/v3/conversations", (Delegate)RecordAsync);
    }

    private async Task<IResult> RecordAsync(HttpContext http)
    {
        var body = http.Request.ContentLength is > 0 || http.Request.Method != "DELETE"
            ? (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!
            : [];
        var rawTarget = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        ConnectorRequests.Enqueue((rawTarget, http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body, http.Request.Method));
        if (_errors.TryDequeue(out var error))
        {
            if (error.RetryAfterSeconds is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new { error = new { code = error.Code, message = error.Message } }, statusCode: error.Status);
        }

        if (rawTarget == "/v3/conversations")
        {
            return Results.Json(new { id = "conversation-" + ConnectorRequests.Count, activityId = "posted-" + ConnectorRequests.Count }, statusCode: 201);
        }

        return http.Request.Method == "POST" ? Results.Json(new { id = "posted-" + ConnectorRequests.Count }) : Results.Json(new { id = "updated" });
    }

    private sealed record ScriptedError(int Status, string Code, string Message, int? RetryAfterSeconds);
}
