using System.Text.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Queue;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>
/// The Direct Line 3.0-compatible endpoint (spec §5.3) for the real Web Chat and directlinejs clients: tokens, start,
/// reconnect, post (echoing the user's activity with its <c>clientActivityID</c>), and activities after a watermark.
/// User messages go through the same turn handler as <c>/api/messages</c>; replies are appended to the conversation.
/// </summary>
internal sealed partial class DirectLineEndpoints(
    DirectLineTokenService tokens,
    DirectLineConversationStore conversations,
    TurnQueue queue,
    ConversationRateLimiter conversationLimiter,
    IOptions<DirectLineOptions> directLineOptions,
    IOptions<BotOptions> botOptions,
    TimeProvider timeProvider,
    ILogger<DirectLineEndpoints> logger)
{
    private const int MaxUserIdLength = 64;

    private ChannelAccount Bot => new() { Id = DirectLineConstants.BotId, Name = botOptions.Value.Name, Role = "bot" };

    private int ExpiresInSeconds => (int)tokens.Lifetime.TotalSeconds;

    public async Task<IResult> GenerateTokenAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var body = await RequestBodyReader.ReadAsync(http.Request, 16 * 1024, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return DirectLineErrors.TooLarge();
        }

        string? userId = null;
        string? userName = null;
        if (body.Length > 0)
        {
            try
            {
                var user = JsonNode.Parse(body)?["user"];
                userId = Text(user?["id"]);
                userName = Text(user?["name"]);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                return DirectLineErrors.BadArgument("The body must be JSON: {\"user\":{\"id\":\"dl_…\"}}.");
            }
        }

        if (userId is { Length: > MaxUserIdLength })
        {
            return DirectLineErrors.BadArgument("The user id is too long.");
        }

        userId = string.IsNullOrWhiteSpace(userId) ? "dl_" + Guid.NewGuid().ToString("N") : userId.StartsWith("dl_", StringComparison.Ordinal) ? userId : "dl_" + userId;
        var conversation = await conversations.CreateAsync(userId, http.RequestAborted).ConfigureAwait(false);
        LogConversationCreated();
        return TypedResults.Ok(new DirectLineConversationResult(conversation.Id, tokens.Issue(conversation.Id, userId, userName), ExpiresInSeconds));
    }

    public async Task<IResult> RefreshTokenAsync(HttpContext http)
    {
        var (error, claims) = await AuthorizeAsync(http, null).ConfigureAwait(false);
        return error ?? TypedResults.Ok(new DirectLineConversationResult(
            claims!.ConversationId, tokens.Issue(claims.ConversationId, claims.UserId, claims.UserName), ExpiresInSeconds));
    }

    public async Task<IResult> StartConversationAsync(HttpContext http)
    {
        var (error, claims) = await AuthorizeAsync(http, null).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var conversation = await conversations.FindAsync(claims!.ConversationId, http.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineErrors.NotFound();
        }

        var result = ConversationResult(http, claims, conversation);
        if (!await conversations.TryStartAsync(conversation, http.RequestAborted).ConfigureAwait(false))
        {
            return TypedResults.Ok(result);
        }

        // The bot hears about the new conversation (and welcomes the user); clients don't see this activity.
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = DirectLineConstants.ChannelId,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = User(claims, null),
            Recipient = Bot,
            MembersAdded = [Bot, User(claims, null)],
            Timestamp = timeProvider.GetUtcNow(),
            // The welcome is in the browser's language: the page's start request carries it.
            Locale = PreferredLanguage(http.Request),
        };
        queue.Enqueue(new TurnContext(update, new DirectLineReplySink(conversations, conversation, Bot)));
        return TypedResults.Created((string?)null, result);
    }

    private static string? PreferredLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1.0)
            .Select(l => l.Value.Value)
            .FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && l != "*");

    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId)
    {
        var (error, claims) = await AuthorizeAsync(http, conversationId).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var conversation = await conversations.FindAsync(conversationId, http.RequestAborted).ConfigureAwait(false);
        return conversation is null ? DirectLineErrors.NotFound() : TypedResults.Ok(ConversationResult(http, claims!, conversation));
    }

    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId)
    {
        var (error, claims) = await AuthorizeAsync(http, conversationId).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (!RequestBodyReader.IsJson(http.Request.ContentType))
        {
            return DirectLineErrors.UnsupportedMediaType();
        }

        var body = await RequestBodyReader.ReadAsync(http.Request, botOptions.Value.MaxRequestBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return DirectLineErrors.TooLarge();
        }

        var activity = ActivityJson.TryParse(body);
        if (activity is null)
        {
            return DirectLineErrors.BadArgument("The body is not an activity (JSON with a type).");
        }

        var conversation = await conversations.FindAsync(conversationId, http.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineErrors.NotFound();
        }

        var answered = activity.Type is ActivityTypes.Message or ActivityTypes.Event;
        if (answered && !conversationLimiter.TryAcquire(conversation.Id, out var retryAfter))
        {
            return DirectLineErrors.TooManyRequests(http, retryAfter);
        }

        // The user is who the token says; the echo keeps channelData.clientActivityID so Web Chat marks the message sent.
        activity.From = User(claims!, activity.From?.Name);
        activity.Recipient = Bot;
        activity.ServiceUrl = null;
        activity.DeliveryMode = null;
        var id = await conversations.AppendAsync(conversation, activity, http.RequestAborted).ConfigureAwait(false);
        if (id is null)
        {
            return DirectLineErrors.NotFound();
        }

        var turn = new TurnContext(activity, new DirectLineReplySink(conversations, conversation, Bot))
        {
            ServerAddress = ServerAddress.Of(http.Request, botOptions.Value.PublicBaseUrl),
        };
        if (answered && queue.Enqueue(turn) == TurnAdmission.Refused)
        {
            LogQueueFull(conversation.Id);
            return DirectLineErrors.BotRejected();
        }

        return TypedResults.Ok(new JsonObject { ["id"] = id });
    }

    public async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark)
    {
        var (error, _) = await AuthorizeAsync(http, conversationId).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var conversation = await conversations.FindAsync(conversationId, http.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineErrors.NotFound();
        }

        var after = ParseWatermark(watermark);
        var wait = TimeSpan.FromSeconds(directLineOptions.Value.LongPollSeconds);
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await conversations.WaitForNewAsync(conversation, after, wait, http.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // the client went away
            }
        }

        var (activities, last) = await conversations.GetSinceAsync(conversation, after, CancellationToken.None).ConfigureAwait(false);
        return TypedResults.Json(new ActivitySet(activities, last.ToString(System.Globalization.CultureInfo.InvariantCulture)), ActivityJson.Options);
    }

    public static IResult Upload() =>
        DirectLineErrors.BadArgument("Uploads are not supported here; use \"Load an article\" on the page.");

    internal async Task<(IResult? Error, DirectLineTokenClaims? Claims)> AuthorizeAsync(HttpContext http, string? conversationId, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (status, claims) = await tokens.ValidateAsync(token ?? http.Request.Headers.Authorization.ToString()).ConfigureAwait(false);
        return status switch
        {
            DirectLineTokenStatus.Missing or DirectLineTokenStatus.Invalid => (DirectLineErrors.Unauthorized(), null),
            DirectLineTokenStatus.Expired => (DirectLineErrors.Expired(), null),
            _ when conversationId is not null && !string.Equals(conversationId, claims!.ConversationId, StringComparison.Ordinal)
                => (DirectLineErrors.WrongConversation(), null),
            _ => (null, claims),
        };
    }

    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;

    private DirectLineConversationResult ConversationResult(HttpContext http, DirectLineTokenClaims claims, DirectLineConversation conversation)
    {
        var token = tokens.Issue(conversation.Id, claims.UserId, claims.UserName);
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{DirectLineConstants.RoutePrefix}/conversations/"
            + $"{Uri.EscapeDataString(conversation.Id)}/stream?t={Uri.EscapeDataString(token)}";
        return new DirectLineConversationResult(conversation.Id, token, ExpiresInSeconds, streamUrl);
    }

    private static ChannelAccount User(DirectLineTokenClaims claims, string? name) =>
        new() { Id = claims.UserId, Name = name ?? claims.UserName, Role = "user" };

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line conversation created")]
    private partial void LogConversationCreated();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The turn queue and the busy lane are full; refused an activity in Direct Line conversation {ConversationId}")]
    private partial void LogQueueFull(string conversationId);
}
