using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>
/// A conversation's memory belongs to its channel: <c>/api/ask</c> naming a Teams conversation's id neither reads that
/// conversation's context nor adds to its history, and a chat conversation cannot read or extend an API conversation.
/// </summary>
public sealed class ConversationIsolationTests : IDisposable
{
    private const string TeamsChannel = "19:teamchannel@thread.tacv2";
    private const string FirstQuestion = "한미 2+2 장관회의는 어디서 열렸나?";
    private const string FollowUp = "그 회의에서 무엇에 합의했나?";

    private readonly DiploServerFactory _factory = new(realCore: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AskingTheApiWithATeamsConversationsId_NeitherReadsItsContext_NorAddsToItsHistory()
    {
        var client = _factory.CreateClient();
        await _factory.WaitForSampleDataAsync();
        await TeamsAskAsync(client, TeamsChannel, FirstQuestion);
        var contextFree = await ApiAskAsync(client, FollowUp, conversationId: null);

        var hijack = await ApiAskAsync(client, FollowUp, TeamsChannel);

        Assert.Equal(contextFree.ToJsonString(), hijack.ToJsonString());
        var channelTurns = await TurnsAsync(TeamsChannel);
        Assert.Equal([FirstQuestion], channelTurns.Select(t => t.Question));
        var apiTurn = Assert.Single(await TurnsAsync("api:" + TeamsChannel));
        Assert.DoesNotContain("한미", apiTurn.StandaloneQuestion, StringComparison.Ordinal);
    }

    /// <summary>The control: in its own conversation the same follow-up is read with the first question.</summary>
    [Fact]
    public async Task TheSameFollowUp_InTheTeamsConversationItself_IsReadWithItsContext()
    {
        var client = _factory.CreateClient();
        await _factory.WaitForSampleDataAsync();
        await TeamsAskAsync(client, TeamsChannel, FirstQuestion);

        await TeamsAskAsync(client, TeamsChannel, FollowUp);

        var turns = await TurnsAsync(TeamsChannel);
        Assert.Equal([FirstQuestion, FollowUp], turns.Select(t => t.Question));
        Assert.Contains("한미", turns[1].StandaloneQuestion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChatConversationNamedLikeAnApiConversation_NeitherReadsIt_NorAddsToIt()
    {
        var client = _factory.CreateClient();
        await _factory.WaitForSampleDataAsync();
        await ApiAskAsync(client, FirstQuestion, "mine");
        var contextFree = await TeamsAskAsync(client, "a:fresh-conversation", FollowUp);

        var hijack = await TeamsAskAsync(client, "api:mine", FollowUp);

        Assert.Equal(contextFree, hijack);
        Assert.Equal([FirstQuestion], (await TurnsAsync("api:mine")).Select(t => t.Question));
        var chatTurn = Assert.Single(await TurnsAsync("channel:api:mine"));
        Assert.DoesNotContain("한미", chatTurn.StandaloneQuestion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApiConversation_KeepsItsOwnFollowUps()
    {
        var client = _factory.CreateClient();
        await _factory.WaitForSampleDataAsync();
        await ApiAskAsync(client, FirstQuestion, "mine");

        await ApiAskAsync(client, FollowUp, "mine");

        var turns = await TurnsAsync("api:mine");
        Assert.Equal([FirstQuestion, FollowUp], turns.Select(t => t.Question));
        Assert.Contains("한미", turns[1].StandaloneQuestion, StringComparison.Ordinal);
        Assert.Empty(await TurnsAsync("mine"));
    }

    private async Task<IReadOnlyList<ConversationTurn>> TurnsAsync(string key) =>
        await _factory.Services.GetRequiredService<IConversationStore>().GetRecentAsync(key, CancellationToken.None);

    private static async Task<JsonObject> ApiAskAsync(HttpClient client, string question, string? conversationId)
    {
        using var response = await client.PostAsJsonAsync("/api/ask", new { question, conversationId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The reply's text and citations' titles, as Teams shows them.</summary>
    private static async Task<string> TeamsAskAsync(HttpClient client, string conversationId, string question)
    {
        var inbound = Activities.TeamsMessage(question);
        inbound["conversation"]!["id"] = conversationId;
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(client, inbound))!;
        return (string?)reply["text"] ?? string.Empty;
    }
}
