using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DiploAssistant.Server.Api;

/// <summary><c>GET /healthz</c>: the process is up and the store answers.</summary>
internal static partial class HealthEndpoints
{
    public static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> CheckAsync(
        IDocumentStore store, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        try
        {
            var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthReport("ok", statistics.Documents, statistics.Chunks));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnhealthy(loggerFactory.CreateLogger(typeof(HealthEndpoints)), ex);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The store is not ready");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: the store did not answer")]
    private static partial void LogUnhealthy(ILogger logger, Exception exception);
}
