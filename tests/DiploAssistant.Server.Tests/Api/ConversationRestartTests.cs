using System.Net;
using System.Net.Http.Json;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Server.Tests.Api;

/// <summary>The server keeps each conversation in its store: a follow-up asked after a restart still has its history.</summary>
public sealed class ConversationRestartTests : IDisposable
{
    private const string ConversationId = "a:1Xy;messageid=1700000000000";
    private readonly string _store = Path.Combine(Path.GetTempPath(), "diplo-restart-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_store))
        {
            Directory.Delete(_store, recursive: true);
        }
    }

    [Fact]
    public async Task AFollowUp_AfterARestart_IsRewrittenFromTheTurnsAskedBeforeIt()
    {
        using (var before = Server())
        {
            await AskAsync(before, "한미 2+2 장관회의는 어디서 열렸나?");
        }

        using var after = Server();
        await AskAsync(after, "그 회의에서 무엇에 합의했나?");

        var turns = await after.Services.GetRequiredService<IConversationStore>().GetRecentAsync(ConversationKeys.ForApi(ConversationId)!, CancellationToken.None);
        Assert.Equal(["한미 2+2 장관회의는 어디서 열렸나?", "그 회의에서 무엇에 합의했나?"], turns.Select(t => t.Question));
        Assert.Contains("한미", turns[1].StandaloneQuestion, StringComparison.Ordinal);
    }

    private DiploServerFactory Server() =>
        new(new Dictionary<string, string?> { ["Store:Path"] = _store, ["Server:LoadSampleData"] = "false" }, realCore: true);

    private static async Task AskAsync(DiploServerFactory server, string question)
    {
        using var response = await server.CreateClient().PostAsJsonAsync("/api/ask", new { question, conversationId = ConversationId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
