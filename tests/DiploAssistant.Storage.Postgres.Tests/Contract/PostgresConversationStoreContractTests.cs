using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The conversation history contract against PostgreSQL, in a fresh schema per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConversationStoreContractTests : ConversationStoreContractTests
{
    private readonly PostgresServerFixture _server;
    private string? _connectionString;

    public PostgresConversationStoreContractTests(PostgresServerFixture server)
    {
        _server = server;
    }

    public override async Task InitializeAsync()
    {
        _connectionString = await _server.CreateSchemaAsync();
        await base.InitializeAsync();
    }

    protected override Task<IDocumentStore> OpenDocumentStoreAsync() =>
        Task.FromResult<IDocumentStore>(new PostgresDocumentStore(_connectionString!, new KoreanTokenizer(), Time));

    protected override IConversationStore History(IDocumentStore store, ConversationHistoryOptions options) =>
        new PostgresConversationStore((PostgresDocumentStore)store, Options.Create(options), Time);
}
