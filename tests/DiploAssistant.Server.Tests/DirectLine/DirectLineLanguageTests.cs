using System.Net;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.DirectLine;

/// <summary>The page's chat speaks the browser's language: the welcome follows the start request's Accept-Language, help the activity's locale.</summary>
public sealed class DirectLineLanguageTests : IDisposable
{
    private readonly DiploServerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("ko-KR,ko;q=0.9,en-US;q=0.8", "안녕하세요! DiploAssistant입니다.")]
    [InlineData("en-US,en;q=0.9,ko;q=0.5", "Hello! I'm DiploAssistant.")]
    [InlineData(null, "Hello! I'm DiploAssistant.")]
    public async Task TheWelcome_IsInTheBrowsersLanguage(string? acceptLanguage, string expectedStart)
    {
        var client = _factory.CreateClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        var (conversationId, token) = await DirectLineTests.StartAsync(client);
        var welcome = (await WaitForBotAsync(client, conversationId, token, 1))[0];

        Assert.StartsWith(expectedStart, (string?)welcome["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_FollowsTheLocaleWebChatSends_AndListsOnlyCommands()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await DirectLineTests.StartAsync(client);

        using var posted = await DirectLineTests.Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new JsonObject { ["type"] = "message", ["text"] = "help", ["locale"] = "ko-KR" });
        var help = (string)(await WaitForBotAsync(client, conversationId, token, 2))[1]["text"]!;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.StartsWith("불러온 뉴스 기사로", help, StringComparison.Ordinal);
        Assert.DoesNotContain("load", help.Split("명령:")[1], StringComparison.OrdinalIgnoreCase); // loading is not allowed on Direct Line by default
    }

    private static async Task<List<JsonObject>> WaitForBotAsync(HttpClient client, string conversationId, string token, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var (activities, _) = await DirectLineTests.GetActivitiesAsync(client, conversationId, token, null);
            var fromBot = activities.Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot").ToList();
            if (fromBot.Count >= count)
            {
                return fromBot;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the bot's replies did not arrive");
    }
}
