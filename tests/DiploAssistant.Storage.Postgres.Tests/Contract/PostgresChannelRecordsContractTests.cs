using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The chat channels' records (feedback, conversation addresses) against PostgreSQL, in a fresh schema per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresChannelRecordsContractTests(PostgresServerFixture server) : ChannelRecordsContractTests
{
    private string? _connectionString;

    public override async Task InitializeAsync()
    {
        _connectionString = await server.CreateSchemaAsync();
        await base.InitializeAsync();
    }

    protected override Task<IDocumentStore> OpenDocumentStoreAsync() =>
        Task.FromResult<IDocumentStore>(new PostgresDocumentStore(_connectionString!, new KoreanTokenizer(), Time));

    protected override IFeedbackStore Feedback(IDocumentStore store) => new PostgresFeedbackStore((PostgresDocumentStore)store);

    protected override IConversationAddressStore Addresses(IDocumentStore store) => new PostgresConversationAddressStore((PostgresDocumentStore)store);
}
