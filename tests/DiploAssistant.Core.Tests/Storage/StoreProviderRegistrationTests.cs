using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Storage;

/// <summary>A store backend is a plug-in: <c>AddDiploAssistantStore</c> registers it by name, and <c>Store:Provider</c> picks it.</summary>
public sealed class StoreProviderRegistrationTests
{
    [Fact]
    public async Task AThirdBackend_RegisteredByName_StoresWhatIsIngested_AndKeepsTheConversations()
    {
        await using var services = Build("memory", withMemoryStore: true);
        services.GetRequiredService<IStartupValidator>().Validate();
        var article = "Seoul, 3 March 2026 - Foreign ministers of Korea and Chile met in Seoul and agreed to open talks on critical minerals.";

        var report = await services.GetRequiredService<IIngestionService>().IngestAsync(
            new RawSource("memo.txt", Encoding.UTF8.GetBytes(article), "text/plain"), CancellationToken.None);

        var store = services.GetRequiredService<IDocumentStore>();
        Assert.IsType<MemoryDocumentStore>(store);
        Assert.Equal(1, report.Added);
        Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.IsType<InMemoryConversationStore>(services.GetRequiredService<IConversationStore>());
    }

    [Fact]
    public async Task TheEmbeddedDefault_GoesThroughTheSameRegistration()
    {
        await using var services = Build(provider: null, withMemoryStore: true);

        Assert.Contains(services.GetServices<IStoreProvider>(), p => p is SqliteStoreProvider);
        Assert.IsType<SqliteDocumentStore>(services.GetRequiredService<IDocumentStore>());
        Assert.IsType<SqliteConversationStore>(services.GetRequiredService<IConversationStore>());
    }

    [Fact]
    public async Task AnUnregisteredName_StopsTheStart_NamingTheSetting()
    {
        await using var services = Build("memory", withMemoryStore: false);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Store:Provider", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string? provider, bool withMemoryStore)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(Path.GetTempPath(), "diplo-providers-" + Guid.NewGuid().ToString("N")),
        };
        if (provider is not null)
        {
            settings["Store:Provider"] = provider;
        }

        var services = new ServiceCollection().AddDiploAssistantCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (withMemoryStore)
        {
            services.AddDiploAssistantStore<MemoryStoreProvider>();
        }

        return services.BuildServiceProvider();
    }
}
