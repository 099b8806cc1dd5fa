using DiploAssistant.Web.Api.Analysis;
using DiploAssistant.Web.Api.Ask;
using DiploAssistant.Web.Api.Documents;
using DiploAssistant.Web.Api.Health;

namespace DiploAssistant.Web.Api;

internal static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>/api/ask</c>, <c>/api/timeline</c> and <c>/api/brief</c>, <c>/api/documents</c> (changes guarded by the API key), and health: <c>/healthz</c> and
    /// <c>/healthz/ready</c> (the process and the store), <c>/healthz/live</c> (the process only, no store, no queue).
    /// </summary>
    public static IEndpointRouteBuilder MapDiploAssistantApi(this IEndpointRouteBuilder endpoints)
    {
        _ = endpoints.ServiceProvider.GetRequiredService<AskGate>(); // reserves its thread headroom at start, not at the first question
        var api = endpoints.MapGroup("/api").DisableAntiforgery();
        api.MapPost("/ask", AskEndpoints.AskAsync);
        api.MapPost("/timeline", AnalysisEndpoints.TimelineAsync);
        api.MapPost("/brief", AnalysisEndpoints.BriefAsync);
        api.MapGet("/documents", DocumentEndpoints.ListAsync);
        api.MapPost("/documents", DocumentEndpoints.LoadAsync).AddEndpointFilter<ApiKeyEndpointFilter>();
        api.MapDelete("/documents/{id}", DocumentEndpoints.RemoveAsync).AddEndpointFilter<ApiKeyEndpointFilter>();
        endpoints.MapGet("/healthz", HealthEndpoints.CheckAsync);
        endpoints.MapGet("/healthz/ready", HealthEndpoints.CheckAsync);
        endpoints.MapGet("/healthz/live", HealthEndpoints.Live);
        return endpoints;
    }
}
