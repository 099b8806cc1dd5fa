using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace DiploAssistant.Web.Api.Problems;

/// <summary>
/// A request the endpoints could not read (malformed JSON, a value of the wrong type, a missing or wrong content type)
/// becomes a ProblemDetails with its status (400, 415…) and a detail saying what was wrong, instead of an empty body.
/// Only the client's mistake is described: the exception's own text, and any stack, stays out of the response.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = Title(bad), Detail = Detail(bad) },
        }).ConfigureAwait(false);
    }

    private static string Title(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status415UnsupportedMediaType => "The content type is not supported",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large",
        _ => "The request could not be read",
    };

    private static string Detail(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return "Send the body as JSON with the header Content-Type: application/json.";
        }

        if (bad.InnerException is JsonException json)
        {
            return json.Message.Contains("could not be converted", StringComparison.Ordinal) && json.Path is { Length: > 0 } path
                ? $"The value at {path} has the wrong type (for example, a number where text is expected)."
                : $"The body is not valid JSON{Position(json)}.";
        }

        return bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "The body passed the size limit for this endpoint."
            : "The body is missing or could not be read as this endpoint expects.";
    }

    private static string Position(JsonException json) =>
        json.LineNumber is { } line && json.BytePositionInLine is { } position ? $" (line {line + 1}, byte {position + 1})" : "";
}
