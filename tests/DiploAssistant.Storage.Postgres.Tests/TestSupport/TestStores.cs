namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Stores on a test schema with the test embedder recorded.</summary>
internal static class TestStores
{
    public static async Task<PostgresDocumentStore> OpenAsync(string connectionString, PostgresDocumentStoreOptions? options = null)
    {
        var store = new PostgresDocumentStore(connectionString, options: options);
        await store.EnsureEmbedderAsync(new(TestVectors.ModelId, TestVectors.Dimensions), CancellationToken.None);
        return store;
    }
}
