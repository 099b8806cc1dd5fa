using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiploAssistant.Bot.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace DiploAssistant.Bot.Connector;

/// <summary>Bot Connector REST client (spec §2.2): POSTs replies to the serviceUrl of an authenticated inbound activity.</summary>
internal sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IChannelTokenProvider tokenProvider,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = ConnectorRetryPipeline.Create(options.Value, timeProvider);

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity);
        var token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var body = JsonSerializer.SerializeToUtf8Bytes(WithoutId(activity), ActivityJson.Options);
        var client = httpClientFactory.CreateClient(HttpClientName);

        using var response = await _pipeline.ExecuteAsync(
            async ct =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri);
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                return await client.SendAsync(request, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
        {
            LogRejected(activity.Type, (int)response.StatusCode, uri.GetLeftPart(UriPartial.Authority));
            throw new ConnectorException(response.StatusCode, $"The Bot Connector answered {(int)response.StatusCode} to {activity.Type}.");
        }

        return await ReadIdAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>, with the ids escaped (Teams ids hold ':', ';', '@').</summary>
    internal static Uri ActivitiesUri(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ConnectorException("The activity has no usable serviceUrl.");
        }

        var conversationId = activity.Conversation?.Id ?? throw new ConnectorException("The activity has no conversation id.");
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        return new Uri(new Uri(serviceUrl.AbsoluteUri.TrimEnd('/') + "/"), path);
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

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var resource = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            return resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Bot Connector at {Host} refused a {ActivityType} activity with {StatusCode}")]
    private partial void LogRejected(string? activityType, int statusCode, string host);
}
