using System.Net;
using DiploAssistant.Bot.Turns.Queue;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Limits;

/// <summary>Teams drops a 429 without telling the user: past a chat's message rate the bot accepts, and says so once.</summary>
public sealed class ConversationFloodTests
{
    [Fact]
    public async Task TwentyFiveMessagesInAMinuteInOneChat_AreAllAccepted_AndTheExtraOnesGetOneSlowDownReply()
    {
        var connector = new RecordingConnectorClient();
        using var factory = new DiploServerFactory(new Dictionary<string, string?>
        {
            ["Bot:MessagesPerConversationPerMinute"] = "20",
            ["RateLimits:Enabled"] = "false",
        })
        { Connector = connector };
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            var activity = Activities.TeamsMessage($"help {i}", expectReplies: false);
            activity["id"] = $"message-{i}";
            using var response = await client.PostAsync("/api/messages", Activities.Json(activity));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Accepted, $"got {s}"));
        await WaitForAsync(() => connector.Sent.Count(a => a.Type == "message") >= 21);
        await Task.Delay(300); // time for a second slow-down reply, were one coming
        var slowDown = Assert.Single(connector.Sent, a => a.Text == SlowDownNotices.Reply);
        Assert.Equal("message-20", slowDown.ReplyToId);
        Assert.Equal(20, connector.Sent.Count(a => a.Type == "message" && a.Text != SlowDownNotices.Reply));
    }

    private static async Task WaitForAsync(Func<bool> probe)
    {
        for (var i = 0; i < 200 && !probe(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(probe(), "the expected replies did not arrive in 10 s");
    }
}
