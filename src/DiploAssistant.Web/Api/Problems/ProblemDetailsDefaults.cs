namespace DiploAssistant.Web.Api.Problems;

/// <summary>
/// Gives every ProblemDetails the server writes a title and a detail: those an endpoint set, else ones that fit its status
/// (an unknown path, a wrong method, an empty-bodied refusal). A 5xx never says more than that something went wrong.
/// </summary>
internal static class ProblemDetailsDefaults
{
    public static void Fill(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        if (status >= 500)
        {
            // Whatever failed inside (an exception's message, a path) is for the log, not for the caller.
            problem.Detail ??= "The server could not complete the request. Try again; if it keeps failing, the server's log says why.";
        }

        problem.Detail ??= status switch
        {
            StatusCodes.Status404NotFound => "Nothing is here: check the address (the API is under /api/).",
            StatusCodes.Status405MethodNotAllowed => "This address does not accept that HTTP method.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body with a content type this endpoint reads (application/json, or multipart/form-data for files).",
            StatusCodes.Status401Unauthorized => "Authentication is required.",
            StatusCodes.Status403Forbidden => "This request is not allowed.",
            StatusCodes.Status413PayloadTooLarge => "The body passed the size limit for this endpoint.",
            StatusCodes.Status429TooManyRequests => "Wait for the time in Retry-After, then try again.",
            _ => "The request was refused.",
        };
    }
}
