using Microsoft.AspNetCore.Http.HttpResults;

namespace DiploAssistant.Web.Api.Documents;

/// <summary>
/// Reads an upload's multipart/form-data body. A malformed one (no or overlong boundary, truncated, garbage, broken part
/// headers) is the client's mistake: 400 ProblemDetails, logged at Information, never a 500. A body past its size limit
/// is left to the limit middleware (413).
/// </summary>
internal static partial class UploadForm
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsMalformed(ex) && !cancellationToken.IsCancellationRequested)
        {
            return (null, Malformed(request, ex.GetType().Name));
        }

        // A line break cannot be part of a header value (RFC 7578 §4.2); a reader that let one through was given a broken part.
        return form.Files.Any(f => f.FileName.AsSpan().IndexOfAny('\r', '\n') >= 0)
            ? (null, Malformed(request, "line break in a file name"))
            : (form, null);
    }

    private static ProblemHttpResult Malformed(HttpRequest request, string error)
    {
        var logger = request.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UploadForm));
        LogMalformed(logger, error);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The upload is not a readable multipart/form-data body",
            detail: "Send the file as multipart/form-data with a boundary of at most 70 characters and a file name without line breaks (e.g. curl -F file=@article.txt).");
    }

    private static bool IsMalformed(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode != StatusCodes.Status413PayloadTooLarge,
        InvalidDataException or IOException or FormatException or InvalidOperationException => !IsTooLarge(exception.InnerException),
        _ => false,
    };

    private static bool IsTooLarge(Exception? exception) =>
        exception is not null && (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || IsTooLarge(exception.InnerException));

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an upload whose multipart body could not be read ({Error}): answered 400")]
    private static partial void LogMalformed(ILogger logger, string error);
}
