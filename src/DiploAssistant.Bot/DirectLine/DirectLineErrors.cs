using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>Direct Line's error shape: <c>{"error":{"code","message"}}</c> with the status the client acts on (spec §5.3).</summary>
internal static class DirectLineErrors
{
    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "A valid Direct Line token is required.");

    public static IResult Expired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult WrongConversation() => Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");

    public static IResult UnsupportedMediaType() => Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Send the activity as application/json.");

    public static IResult BotRejected() => Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot is too busy; try again shortly.");

    /// <summary>429 with <c>Retry-After</c> in whole seconds: directlinejs waits that long before giving up on the post.</summary>
    public static IResult TooManyRequests(HttpContext http, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.RetryAfter = Turns.RetryAfter.Seconds(retryAfter);
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many messages in this conversation; wait and try again.");
    }

    private static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
