using Microsoft.AspNetCore.Http.HttpResults;

namespace DiploAssistant.Web.Api.Health;

/// <summary>
/// <c>GET /healthz</c> and <c>/healthz/ready</c>: the process is up and the store answers (readiness, through
/// <see cref="StoreReadiness"/>, which reuses a successful check for a second). <c>GET /healthz/live</c>:
/// the process answers (liveness), touching neither the store nor the ask queue, for a probe that must not fail under load.
/// </summary>
internal static partial class HealthEndpoints
{
    private static readonly LivenessReport Alive = new("ok");

    public static Ok<LivenessReport> Live() => TypedResults.Ok(Alive);

    public static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> CheckAsync(
        StoreReadiness readiness, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        try
        {
            var statistics = await readiness.CheckAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthReport("ok", statistics.Documents, statistics.Chunks));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnhealthy(loggerFactory.CreateLogger(typeof(HealthEndpoints)), ex);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The store is not ready");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: the store did not answer")]
    private static partial void LogUnhealthy(ILogger logger, Exception exception);
}
