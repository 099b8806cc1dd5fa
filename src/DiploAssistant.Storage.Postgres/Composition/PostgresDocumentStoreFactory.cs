using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Storage.Postgres.Composition;

/// <summary>Opens the Postgres store for <c>Store:Provider = Postgres</c> on <c>Store:ConnectionString</c>.</summary>
internal sealed class PostgresDocumentStoreFactory : IDocumentStoreFactory
{
    public StoreProvider Provider => StoreProvider.Postgres;

    public IDocumentStore Create(StoreOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        return new PostgresDocumentStore(
            options.ConnectionString!,
            services.GetRequiredService<ITextTokenizer>(),
            services.GetRequiredService<TimeProvider>());
    }
}
