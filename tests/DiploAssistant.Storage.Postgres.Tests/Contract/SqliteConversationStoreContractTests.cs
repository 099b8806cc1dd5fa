using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The conversation history contract against the embedded SQLite store, in a fresh directory per test.</summary>
public sealed class SqliteConversationStoreContractTests : ConversationStoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-conversations-" + Guid.NewGuid().ToString("N"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    protected override Task<IDocumentStore> OpenDocumentStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(_directory, new KoreanTokenizer(), Time));

    protected override IConversationStore History(IDocumentStore store, ConversationHistoryOptions options) =>
        new SqliteConversationStore((SqliteDocumentStore)store, Options.Create(options), Time);
}
