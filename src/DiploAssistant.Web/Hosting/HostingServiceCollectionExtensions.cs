namespace DiploAssistant.Web.Hosting;

internal static class HostingServiceCollectionExtensions
{
    /// <summary>Section <c>Server</c> and the first-start sample loader.</summary>
    public static IServiceCollection AddDiploAssistantHosting(this IServiceCollection services)
    {
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SampleDataLoader>();
        return services;
    }
}
