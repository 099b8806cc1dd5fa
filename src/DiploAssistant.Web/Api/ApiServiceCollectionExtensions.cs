using System.Text.Json;
using System.Text.Json.Serialization;
using DiploAssistant.Web.Api.Ask;
using DiploAssistant.Web.Api.Problems;

namespace DiploAssistant.Web.Api;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>The HTTP API's options (section <c>Api</c>, validated at start), JSON, and ProblemDetails for every error.</summary>
    public static IServiceCollection AddDiploAssistantApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemDetailsDefaults.Fill);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddSingleton<AskGate>();
        services.AddSingleton<Health.StoreReadiness>();

        // Unreadable bodies (malformed JSON, wrong types, wrong content type) throw, so they reach the handler above.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return services;
    }
}
