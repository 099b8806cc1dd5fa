using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Storage.Sqlite.Channels;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The chat channels' records (feedback, conversation addresses) against the embedded SQLite store, in a fresh directory per test.</summary>
public sealed class SqliteChannelRecordsContractTests : ChannelRecordsContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-channel-records-" + Guid.NewGuid().ToString("N"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    protected override Task<IDocumentStore> OpenDocumentStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(_directory, new KoreanTokenizer(), Time));

    protected override IFeedbackStore Feedback(IDocumentStore store) => new SqliteFeedbackStore((SqliteDocumentStore)store);

    protected override IConversationAddressStore Addresses(IDocumentStore store) => new SqliteConversationAddressStore((SqliteDocumentStore)store);
}
