namespace DiploAssistant.Server.Api;

internal static class ApiEndpointRouteBuilderExtensions
{
    /// <summary><c>/api/ask</c>, <c>/api/documents</c> (changes guarded by the API key) and <c>/healthz</c>.</summary>
    public static IEndpointRouteBuilder MapDiploAssistantApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").DisableAntiforgery();
        api.MapPost("/ask", AskEndpoints.AskAsync);
        api.MapGet("/documents", DocumentEndpoints.ListAsync);
        api.MapPost("/documents", DocumentEndpoints.LoadAsync).AddEndpointFilter<ApiKeyEndpointFilter>();
        api.MapDelete("/documents/{id}", DocumentEndpoints.RemoveAsync).AddEndpointFilter<ApiKeyEndpointFilter>();
        endpoints.MapGet("/healthz", HealthEndpoints.CheckAsync);
        return endpoints;
    }
}
