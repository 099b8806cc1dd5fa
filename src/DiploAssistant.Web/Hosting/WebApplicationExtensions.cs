namespace DiploAssistant.Web.Hosting;

internal static class WebApplicationExtensions
{
    /// <summary>ProblemDetails for unhandled errors, and the web chat page with its scripts.</summary>
    public static WebApplication UseDiploAssistantWeb(this WebApplication app)
    {
        // Bad requests (e.g. malformed JSON) keep their 4xx status; anything else unhandled is a 500 ProblemDetails.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
