using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiploAssistant.Server.Api;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>The HTTP API's options (section <c>Api</c>, validated at start), JSON and ProblemDetails.</summary>
    public static IServiceCollection AddDiploAssistantApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails();
        services.AddSingleton<AskGate>();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return services;
    }
}
