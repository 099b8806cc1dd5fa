using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace DiploAssistant.Web.Limits;

/// <summary>413 and 429 with a JSON body the caller understands: Direct Line's error shape on Direct Line, ProblemDetails elsewhere.</summary>
internal static class LimitResponses
{
    public static Task WriteTooLargeAsync(HttpContext http, long limit) =>
        WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request body is too large", $"The limit is {limit} bytes.");

    public static Task WriteTooManyRequestsAsync(HttpContext http, TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (retryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = Bot.Turns.RetryAfter.Seconds(wait);
        }

        return WriteAsync(http, StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests", "Wait for the time in Retry-After, then try again.");
    }

    private static Task WriteAsync(HttpContext http, int status, string code, string title, string detail)
    {
        http.Response.StatusCode = status;
        if (RequestClassifier.IsDirectLine(http.Request))
        {
            var error = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = $"{title}. {detail}" } };
            return http.Response.WriteAsJsonAsync(error, http.RequestAborted);
        }

        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", http.RequestAborted);
    }
}
