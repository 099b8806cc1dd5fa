namespace DiploAssistant.Web.Limits;

internal static class LimitsApplicationBuilderExtensions
{
    /// <summary>The per-IP rate limiter, then body size limits; after CORS, so a refused cross-origin caller can read the refusal.</summary>
    public static WebApplication UseDiploAssistantLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
