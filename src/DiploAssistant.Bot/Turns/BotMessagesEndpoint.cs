using System.Text.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Proactive;
using DiploAssistant.Bot.Turns.Queue;
using DiploAssistant.Bot.Turns.Replies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// <c>POST /api/messages</c> (spec §1.1): 415 for non-JSON, 413 for oversize, 400 for a body that is not an activity
/// (before auth), 401 with an empty body on any authentication failure; past the per-conversation rate 202 (or an empty expectReplies) and one
/// "please wait" reply per window — a channel would drop a 429 silently — then 202 and a
/// background turn (or a "busy" reply when the queue is full) — or, synchronously,
/// the invoke response (501 when none) or <c>{"activities":[…]}</c> for <c>expectReplies</c>.
/// </summary>
internal sealed partial class BotMessagesEndpoint(
    BotFrameworkAuthenticator authenticator,
    TurnRunner runner,
    TurnQueue queue,
    ConversationRateLimiter conversationLimiter,
    SlowDownNotices slowDownNotices,
    IConversationReferenceStore conversationReferences,
    IConnectorClient connector,
    IOptions<BotOptions> options,
    ILogger<BotMessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        var cancellationToken = http.RequestAborted;
        if (!RequestBodyReader.IsJson(request.ContentType))
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await RequestBodyReader.ReadAsync(request, options.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var activity = ActivityJson.TryParse(body);
        if (activity is null)
        {
            return TypedResults.BadRequest();
        }

        var authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken).ConfigureAwait(false);
        if (!authentication.Succeeded)
        {
            return TypedResults.Unauthorized();
        }

        if (!ServiceUrlAllowed(activity.ServiceUrl))
        {
            LogServiceUrlRefused(activity.ChannelId);
            return TypedResults.BadRequest();
        }

        if (ConversationReference.FromActivity(activity) is { } reference)
        {
            await SaveReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
        }

        var expectsReplies = string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var buffer = expectsReplies ? new BufferedReplySink() : null;
        var turn = new TurnContext(activity, buffer ?? (IReplySink)new ConnectorReplySink(connector, options.Value.MaxReplyBytes), authentication.Identity)
        {
            AttachmentsTrusted = true,
            ServerAddress = ServerAddress.Of(request, options.Value.PublicBaseUrl),
        };

        if (activity.Type == ActivityTypes.Message && !conversationLimiter.TryAcquire(activity.Conversation?.Id, out var retryAfter))
        {
            // The caller is a channel, which would drop a 429 silently: accept, and tell the chat once per window to slow down.
            LogOverLimit(activity.ChannelId);
            if (slowDownNotices.TryClaim(activity.Conversation?.Id, retryAfter))
            {
                if (buffer is not null)
                {
                    await turn.SendTextAsync(SlowDownNotices.Reply, cancellationToken).ConfigureAwait(false);
                    return TypedResults.Json(new ExpectedReplies(buffer.Activities), ActivityJson.Options);
                }

                queue.EnqueueReplyOnly(turn, SlowDownNotices.Reply);
            }

            return buffer is null ? TypedResults.Accepted((string?)null) : TypedResults.Json(new ExpectedReplies([]), ActivityJson.Options);
        }

        if (activity.Type == ActivityTypes.Invoke || expectsReplies)
        {
            var invokeResponse = await runner.RunAsync(turn, cancellationToken).ConfigureAwait(false);
            if (buffer is not null)
            {
                return TypedResults.Json(new ExpectedReplies(buffer.Activities), ActivityJson.Options);
            }

            return invokeResponse switch
            {
                null => TypedResults.StatusCode(StatusCodes.Status501NotImplemented),
                { Body: null } => TypedResults.StatusCode(invokeResponse.Status),
                _ => TypedResults.Json(invokeResponse.Body, ActivityJson.Options, statusCode: invokeResponse.Status),
            };
        }

        if (queue.Enqueue(turn) == TurnAdmission.Refused)
        {
            LogQueueFull();
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Accepted((string?)null);
    }

    /// <summary>Keeps where to reach the conversation later; a store that fails here must not cost the user their answer.</summary>
    private async Task SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        try
        {
            await conversationReferences.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReferenceNotSaved(ex, reference.ChannelId);
        }
    }

    private bool ServiceUrlAllowed(string? serviceUrl)
    {
        var allowed = options.Value.AllowedServiceUrlHosts;
        if (allowed.Count == 0 || serviceUrl is null)
        {
            return true;
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return allowed.Any(host => string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("." + host.TrimStart('.'), StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from {ChannelId}: its serviceUrl host is not in Bot:AllowedServiceUrlHosts")]
    private partial void LogServiceUrlRefused(string? channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A conversation on {ChannelId} is past Bot:MessagesPerConversationPerMinute; the message is not answered")]
    private partial void LogOverLimit(string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conversation reference of an activity on {ChannelId} could not be stored; proactive sends to it may fail")]
    private partial void LogReferenceNotSaved(Exception exception, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The turn queue and the busy lane are full; answered 503")]
    private partial void LogQueueFull();
}
