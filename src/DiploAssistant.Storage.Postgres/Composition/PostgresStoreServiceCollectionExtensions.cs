using DiploAssistant.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Composition;

/// <summary>Lets a host run on PostgreSQL: <c>Store:Provider = Postgres</c> with <c>Store:ConnectionString</c>.</summary>
public static class PostgresStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Postgres store for <c>Store:Provider = Postgres</c> (beside <c>AddDiploAssistantCore</c>, in either order)
    /// and validates at start that <c>Store:ConnectionString</c> is given; conversation history is then kept in the same
    /// database. With another provider it changes nothing.
    /// </summary>
    public static IServiceCollection AddDiploAssistantPostgresStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDiploAssistantStore<PostgresStoreProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, PostgresStoreOptionsValidator>());
        return services;
    }
}
