using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Storage.Postgres.Composition;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Tests.Composition;

/// <summary><c>Store:Provider</c> picks the store; a bad or unsupported choice stops the host at start, naming the setting.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreCompositionTests
{
    private readonly PostgresServerFixture _server;

    public PostgresStoreCompositionTests(PostgresServerFixture server)
    {
        _server = server;
    }

    [Fact]
    public async Task PostgresProvider_OpensThePostgresStore_OnTheConnectionString()
    {
        await using var services = Build(withPostgres: true, new() { ["Store:Provider"] = "Postgres", ["Store:ConnectionString"] = await _server.CreateSchemaAsync() });
        services.GetRequiredService<IStartupValidator>().Validate();

        var store = services.GetRequiredService<IDocumentStore>();

        Assert.IsType<PostgresDocumentStore>(store);
        Assert.Equal(0, (await store.GetStatisticsAsync(CancellationToken.None)).Documents);
    }

    [Fact]
    public async Task PostgresProvider_KeepsConversations_InTheSameDatabase_AcrossARestart()
    {
        var settings = new Dictionary<string, string?> { ["Store:Provider"] = "Postgres", ["Store:ConnectionString"] = await _server.CreateSchemaAsync() };
        var turn = new ConversationTurn("한미 2+2 장관회의는 어디서 열렸나?", "한미 2+2 장관회의는 어디서 열렸나?", "워싱턴 [1].", DateTimeOffset.UtcNow);
        await using (var first = Build(withPostgres: true, new(settings)))
        {
            var history = first.GetRequiredService<IConversationStore>();
            Assert.IsType<PostgresConversationStore>(history);
            await history.AppendAsync("19:restart@thread.v2", turn, CancellationToken.None);
        }

        await using var second = Build(withPostgres: true, new(settings));
        var turns = await second.GetRequiredService<IConversationStore>().GetRecentAsync("19:restart@thread.v2", CancellationToken.None);

        Assert.Equal(turn.Question, Assert.Single(turns).Question);
    }

    [Fact]
    public async Task SqliteProvider_StaysTheDefault_WhenPostgresSupportIsAdded()
    {
        await using var services = Build(withPostgres: true, []);
        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<SqliteDocumentStore>(services.GetRequiredService<IDocumentStore>());
        Assert.IsType<SqliteConversationStore>(services.GetRequiredService<IConversationStore>());
    }

    [Theory]
    [InlineData(null, "Store:ConnectionString is required")]
    [InlineData("Hots=localhost", "Store:ConnectionString is not a PostgreSQL connection string")]
    public async Task PostgresProvider_WithoutAUsableConnectionString_FailsAtStart_NamingTheSetting(string? connectionString, string expected)
    {
        await using var services = Build(withPostgres: true, new() { ["Store:Provider"] = "Postgres", ["Store:ConnectionString"] = connectionString });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresProvider_FailsAtStart_NamingTheSetting_InAHostWithoutPostgresSupport()
    {
        await using var services = Build(withPostgres: false, new() { ["Store:Provider"] = "Postgres", ["Store:ConnectionString"] = "Host=localhost" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Store:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddDiploAssistantPostgresStore", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(bool withPostgres, Dictionary<string, string?> settings)
    {
        settings["Store:Path"] = Path.Combine(Path.GetTempPath(), "diplo-composition-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddDiploAssistantCore(configuration);
        if (withPostgres)
        {
            services.AddDiploAssistantPostgresStore();
        }

        return services.BuildServiceProvider();
    }
}
