namespace DiploAssistant.Server.Hosting;

internal static class WebApplicationExtensions
{
    /// <summary>ProblemDetails for unhandled errors, and the web chat page with its scripts.</summary>
    public static WebApplication UseDiploAssistantWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
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
