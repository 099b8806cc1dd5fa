using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Core.Tests.Composition;

/// <summary>The CLI and the server keep conversations in the store, so a follow-up still has its history after a restart.</summary>
public sealed class ConversationHistoryCompositionTests : IDisposable
{
    private readonly TemporaryDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task AddDiploAssistantCore_KeepsConversationsInTheSqliteStore()
    {
        await using var services = Build();

        Assert.IsType<SqliteConversationStore>(services.GetRequiredService<IConversationStore>());
    }

    [Fact]
    public async Task AFollowUp_IsRewrittenFromItsHistory_AfterTheProcessRestarts()
    {
        await using (var first = Build())
        {
            await first.GetRequiredService<IAskService>().AskAsync(
                new AskRequest("한미 2+2 장관회의는 어디서 열렸나?", ConversationId: "19:restart@thread.v2"), CancellationToken.None);
        }

        await using var second = Build();
        await second.GetRequiredService<IAskService>().AskAsync(
            new AskRequest("그 회의에서 무엇에 합의했나?", ConversationId: "19:restart@thread.v2"), CancellationToken.None);

        var turns = await second.GetRequiredService<IConversationStore>().GetRecentAsync("19:restart@thread.v2", CancellationToken.None);
        Assert.Equal(["한미 2+2 장관회의는 어디서 열렸나?", "그 회의에서 무엇에 합의했나?"], turns.Select(t => t.Question));
        Assert.Contains("한미", turns[1].StandaloneQuestion, StringComparison.Ordinal);
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Store:Path", _store.Path)]).Build();
        return new ServiceCollection().AddDiploAssistantCore(configuration).BuildServiceProvider();
    }
}
