using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Storage;

/// <summary>
/// Opens the store of one <see cref="StoreProvider"/>. The embedded SQLite store is built in; a host that can run on
/// another provider registers its factory (e.g. <c>AddDiploAssistantPostgresStore</c>), so the core never references it.
/// </summary>
public interface IDocumentStoreFactory
{
    StoreProvider Provider { get; }

    /// <summary>Creates the store from the validated <paramref name="options"/> and the host's services (tokenizer, clock).</summary>
    IDocumentStore Create(StoreOptions options, IServiceProvider services);
}
