using System.Net;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Bot;

/// <summary>Teams allows one answer in progress per chat: a chat's questions are answered one after the other, in order.</summary>
public sealed class ConversationOrderTests
{
    [Fact]
    public async Task TwoMessagesSentAtOnceInOneChat_AreAnsweredOneAfterTheOther_InOrder_WhileAnotherChatIsAnswered()
    {
        var connector = new RecordingConnectorClient();
        using var factory = new DiploServerFactory(new Dictionary<string, string?>
        {
            ["Bot:TurnConcurrency"] = "4",
            ["Bot:TypingIntervalSeconds"] = "60",
            ["RateLimits:Enabled"] = "false",
        })
        { Connector = connector };
        factory.Ask.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = factory.CreateClient();

        await PostAsync(client, "chat-a", "first", "question one");
        await PostAsync(client, "chat-a", "second", "question two");
        await PostAsync(client, "chat-b", "other", "question three");

        // The other chat's question reaches the model beside chat-a's first; chat-a's second waits its turn.
        await WaitForAsync(() => factory.Ask.Requests.Count >= 2);
        await Task.Delay(300);
        Assert.Equal(["question one", "question three"], factory.Ask.Requests.Select(r => r.Question).Order());

        factory.Ask.Gate.SetResult();
        await WaitForAsync(() => Answers(connector, "chat-a").Count == 2);
        Assert.Equal(["first", "second"], Answers(connector, "chat-a").Select(a => a.ReplyToId));
        Assert.Equal(["question one", "question two"], factory.Ask.Requests.Where(r => r.Question != "question three").Select(r => r.Question));
    }

    private static async Task PostAsync(HttpClient client, string conversationId, string id, string text)
    {
        var activity = Activities.TeamsMessage(text, expectReplies: false);
        activity["id"] = id;
        activity["conversation"]!["id"] = conversationId;
        using var response = await client.PostAsync("/api/messages", Activities.Json(activity));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static List<DiploAssistant.Bot.Activities.Activity> Answers(RecordingConnectorClient connector, string conversationId) =>
        [.. connector.Sent.Where(a => a.Type == "message" && a.Conversation?.Id == conversationId && a.Text == FakeAskService.AnswerText)];

    private static async Task WaitForAsync(Func<bool> probe)
    {
        for (var i = 0; i < 200 && !probe(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(probe(), "the expected turns did not happen in 10 s");
    }
}
