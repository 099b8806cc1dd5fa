using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.DirectLine;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Watches;

/// <summary>Watches over the built-in Direct Line, on the real core: the digest is a new bot activity in the conversation.</summary>
public sealed class DirectLineWatchTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(new Dictionary<string, string?> { ["Server:LoadSampleData"] = "false", ["Api:Key"] = WatchArticles.ApiKey }, realCore: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AWatchCreatedOverDirectLine_ReceivesItsCitedDigest_WhenAMatchingArticleIsUploaded()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await DirectLineTests.StartAsync(client);
        await DirectLineTests.PostTextAsync(client, conversationId, token, "watch Korea NATO");
        var confirmation = await BotMessageAsync(client, conversationId, token, "Watching **Korea NATO** (watch 1).");

        await WatchArticles.UploadAsync(client, "chips.txt", WatchArticles.Chips);
        await WatchArticles.UploadAsync(client, "nato.txt", WatchArticles.KoreaNato);
        var digest = await BotMessageAsync(client, conversationId, token, "New articles for your watch “Korea NATO” (1):");

        Assert.Contains("at most one every 60 minutes", (string?)confirmation["text"], StringComparison.Ordinal);
        var text = (string)digest["text"]!;
        Assert.Contains($"\n- {WatchArticles.KoreaNatoSentence}", text, StringComparison.Ordinal);
        Assert.Contains(" [1]", text, StringComparison.Ordinal);
        Assert.EndsWith($"\n\n[1]: cite:1 \"{WatchArticles.KoreaNatoTitle}\"", text, StringComparison.Ordinal); // Web Chat's reference definition (an upload has no web address)
        Assert.Null(digest["replyToId"]);
        Assert.Null(digest["channelData"]);
        Assert.Equal("bot", (string?)digest["from"]!["role"]);
        var claim = Assert.Single(digest["entities"]![0]!["citation"]!.AsArray())!;
        Assert.Equal(1, (int)claim["position"]!);
        Assert.Contains(WatchArticles.KoreaNatoTitle, (string?)claim["appearance"]!["name"], StringComparison.Ordinal);
        var (all, _) = await DirectLineTests.GetActivitiesAsync(client, conversationId, token, null);
        Assert.Single(all, a => ((string?)a["text"])?.StartsWith("New articles", StringComparison.Ordinal) == true); // the chips upload sent none
    }

    [Fact]
    public async Task Watches_ListsTheConversationsWatches_AndUnwatchRemovesOne_InKoreanToo()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await DirectLineTests.StartAsync(client);
        await DirectLineTests.PostTextAsync(client, conversationId, token, "watch Korea NATO");
        await BotMessageAsync(client, conversationId, token, "Watching **Korea NATO**");
        await DirectLineTests.PostTextAsync(client, conversationId, token, "감시 반도체 협력");
        await BotMessageAsync(client, conversationId, token, "**반도체 협력** 감시를 시작했습니다(감시 2).");

        await DirectLineTests.PostTextAsync(client, conversationId, token, "unwatch 1");
        await BotMessageAsync(client, conversationId, token, "Stopped watching **Korea NATO**.");
        await DirectLineTests.PostTextAsync(client, conversationId, token, "감시 목록");
        var listed = await BotMessageAsync(client, conversationId, token, "이 대화의 감시:");

        Assert.Contains("• 1. **반도체 협력**", (string?)listed["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("Korea NATO", (string?)listed["text"], StringComparison.Ordinal);
    }

    /// <summary>The bot's message starting with <paramref name="start"/>, waited for (loads and digests run in the background).</summary>
    private static async Task<JsonObject> BotMessageAsync(HttpClient client, string conversationId, string token, string start)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var (activities, _) = await DirectLineTests.GetActivitiesAsync(client, conversationId, token, null);
            if (activities.FirstOrDefault(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot"
                && ((string?)a["text"])?.StartsWith(start, StringComparison.Ordinal) == true) is { } found)
            {
                return found;
            }

            await Task.Delay(250);
        }

        var (seen, _) = await DirectLineTests.GetActivitiesAsync(client, conversationId, token, null);
        throw new TimeoutException($"no bot message starting \"{start}\" arrived; the conversation holds: " + string.Join("\n", seen.Select(a => (string?)a["text"])));
    }
}
