using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiploAssistant.Core.Storage;

/// <summary>The one call by which a store backend makes itself available to every host.</summary>
public static class StoreProviderRegistration
{
    /// <summary>Registers <typeparamref name="TProvider"/> under its <see cref="IStoreProvider.Name"/>; registering it twice changes nothing.</summary>
    public static IServiceCollection AddDiploAssistantStore<TProvider>(this IServiceCollection services)
        where TProvider : class, IStoreProvider
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreProvider, TProvider>());
        return services;
    }

    /// <summary>The provider <c>Store:Provider</c> names, or null when this host registered none by that name.</summary>
    internal static IStoreProvider? Find(IEnumerable<IStoreProvider> providers, string? name) =>
        providers.LastOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
