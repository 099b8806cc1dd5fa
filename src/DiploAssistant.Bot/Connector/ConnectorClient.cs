using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiploAssistant.Bot.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace DiploAssistant.Bot.Connector;

/// <summary>
/// Bot Connector REST client (spec §2.2): sends, updates and deletes activities and starts conversations at a channel's
/// serviceUrl, with the bot's bearer token and the retries of <see cref="ConnectorRetryPipeline"/>.
/// </summary>
internal sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IChannelTokenProvider tokenProvider,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";
    private const int MaxErrorBodyBytes = 16 * 1024;

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = ConnectorRetryPipeline.Create(options.Value, timeProvider);

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var body = JsonSerializer.SerializeToUtf8Bytes(WithoutId(activity), ActivityJson.Options);
        using var response = await CallAsync(HttpMethod.Post, ConnectorUris.Activities(activity), body, activity.Type, cancellationToken).ConfigureAwait(false);
        return await ReadStringAsync(response, "id", cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity.Id ?? throw new ArgumentException("An update needs the id of the activity it replaces.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ConnectorException("The activity has no conversation id.");
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options);
        using var response = await CallAsync(HttpMethod.Put, ConnectorUris.Activity(activity.ServiceUrl, conversationId, id), body, activity.Type, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        using var response = await CallAsync(HttpMethod.Delete, ConnectorUris.Activity(serviceUrl, conversationId, activityId), null, "delete", cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<ConversationResource> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Activity is { } first)
        {
            parameters.Activity = WithoutId(first);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, ActivityJson.Options);
        using var response = await CallAsync(HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), body, "createConversation", cancellationToken)
            .ConfigureAwait(false);
        var resource = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var id = Str(resource, "id") ?? throw new ConnectorException("The Bot Connector created a conversation but gave no id for it.");
        return new ConversationResource(id, Str(resource, "activityId"));
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, Uri uri, byte[]? body, string? what, CancellationToken cancellationToken)
    {
        var token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var client = httpClientFactory.CreateClient(HttpClientName);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorRetryPipeline.DeadlineKey, timeProvider.GetUtcNow() + TimeSpan.FromSeconds(options.Value.OutboundRetryDeadlineSeconds));
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    using var request = new HttpRequestMessage(method, uri);
                    if (body is not null)
                    {
                        request.Content = new ByteArrayContent(body);
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    }

                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    return await client.SendAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                },
                context).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var (code, message) = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            LogRejected(method.Method, what, (int)response.StatusCode, code, uri.GetLeftPart(UriPartial.Authority));
            throw new ConnectorException(response.StatusCode, $"The Bot Connector answered {(int)response.StatusCode} to {method.Method} {what}.", code, message);
        }
    }

    private static Activity WithoutId(Activity activity)
    {
        if (activity.Id is null)
        {
            return activity;
        }

        var copy = JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options), ActivityJson.Options)!;
        copy.Id = null;
        return copy;
    }

    /// <summary>Teams and the Bot Connector answer errors with <c>{"error":{"code","message"}}</c>.</summary>
    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is > MaxErrorBodyBytes)
        {
            return (null, null);
        }

        var error = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return error.ValueKind == JsonValueKind.Object && error.TryGetProperty("error", out var inner)
            ? (Str(inner, "code"), Str(inner, "message"))
            : (null, null);
    }

    private static async Task<string?> ReadStringAsync(HttpResponseMessage response, string name, CancellationToken cancellationToken) =>
        Str(await ReadAsync(response, cancellationToken).ConfigureAwait(false), name);

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Bot Connector at {Host} refused {Method} {What} with {StatusCode} ({ErrorCode})")]
    private partial void LogRejected(string method, string? what, int statusCode, string? errorCode, string host);
}
