using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api.Analysis;

/// <summary>"타임라인 …" and "who is …?" in chat, over <c>/api/messages</c> with <c>deliveryMode: expectReplies</c>.</summary>
public sealed class AnalysisChatTests : IDisposable
{
    private readonly AnalysisServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task ATimelineMessage_InTeams_GetsTheEventsAsAList_WithTheirCitations()
    {
        var client = await _server.LoadedClientAsync();

        var replies = await Activities.PostExpectingRepliesAsync(client, Activities.TeamsMessage("타임라인 한-캐나다 관계"));

        var reply = replies.Single()!;
        var text = (string)reply["text"]!;
        var items = text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, items.Count);
        Assert.EndsWith("[1]", items[0], StringComparison.Ordinal);
        Assert.EndsWith("[2][3]", items[1], StringComparison.Ordinal);
        Assert.EndsWith("Maple Wire [4]", items[2], StringComparison.Ordinal);
        Assert.True(text.IndexOf("2026년 2월 27일", StringComparison.Ordinal) < text.IndexOf("2026년 3월 10일", StringComparison.Ordinal));
        var claims = reply["entities"]!.AsArray().Single()!["citation"]!.AsArray();
        Assert.Equal(4, claims.Count);
    }

    [Fact]
    public async Task AWhoIsMessage_InWebChat_GetsTheBrief_WithLinkedCitations()
    {
        var client = await _server.LoadedClientAsync();

        var replies = await Activities.PostExpectingRepliesAsync(client, Activities.WebChatMessage("who is Elena Marsh?"));

        var text = (string)replies.Single()!["text"]!;
        Assert.Contains("- Canadian Defence Minister [1]", text, StringComparison.Ordinal);
        Assert.Contains("[2]: ", text, StringComparison.Ordinal);
    }
}
