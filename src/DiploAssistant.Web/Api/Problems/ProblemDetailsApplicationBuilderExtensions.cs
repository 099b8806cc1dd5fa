using DiploAssistant.Web.Limits;

namespace DiploAssistant.Web.Api.Problems;

internal static class ProblemDetailsApplicationBuilderExtensions
{
    /// <summary>
    /// Any 4xx or 5xx that would leave with an empty body (no route, wrong method, a bare status) gets a ProblemDetails;
    /// the channel endpoints (<c>/api/messages</c>, Direct Line) keep the bodies their protocols define.
    /// </summary>
    public static WebApplication UseDiploAssistantProblemDetails(this WebApplication app)
    {
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Request.Path.StartsWithSegments("/api/messages") || RequestClassifier.IsDirectLine(http.Request))
            {
                return;
            }

            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } }).ConfigureAwait(false);
        });
        return app;
    }
}
