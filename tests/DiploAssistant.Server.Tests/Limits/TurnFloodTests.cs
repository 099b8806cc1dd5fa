using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Bot.Turns.Queue;
using DiploAssistant.Server.Tests.DirectLine;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using BotActivity = DiploAssistant.Bot.Activities.Activity;

namespace DiploAssistant.Server.Tests.Limits;

/// <summary>While the model is slow, a flood of questions fills the bounded turn queue; the rest get a polite "busy" reply.</summary>
public sealed class TurnFloodTests
{
    private const int Capacity = 3;
    private const int Flood = 40;

    [Fact]
    public async Task AFloodOfTeamsMessages_BeyondTheQueue_GetsBusyReplies_AndTheQueueNeverPassesItsBound()
    {
        var connector = new RecordingConnectorClient();
        using var factory = new DiploServerFactory(Settings()) { Connector = connector };
        factory.Ask.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = factory.CreateClient();
        var queue = factory.Services.GetRequiredService<TurnQueue>();

        var longest = 0;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Flood; i++)
        {
            var activity = Activities.TeamsMessage($"question {i}", expectReplies: false);
            activity["conversation"]!["id"] = $"a:conversation-{i}";
            using var response = await client.PostAsync("/api/messages", Activities.Json(activity));
            statuses.Add(response.StatusCode);
            longest = Math.Max(longest, queue.Count);
        }

        // One turn is with the (stalled) model, the queue holds the next ones, and every other asker hears that the bot is busy.
        var busy = await WaitForAsync(() => BusyReplies(connector).Count >= Flood - Capacity - 1 ? BusyReplies(connector) : null);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.InRange(longest, 1, Capacity);
        Assert.Equal(Flood - Capacity - 1, busy.Count);
        Assert.Equal(busy.Count, busy.Select(a => a.Conversation!.Id).Distinct().Count());

        factory.Ask.Gate.SetResult();
        var answers = await WaitForAsync(() => Answers(connector).Count >= Capacity + 1 ? Answers(connector) : null);
        Assert.Equal(Capacity + 1, answers.Count);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task AFloodOfDirectLineMessages_BeyondTheQueue_GetsBusyRepliesInTheChat()
    {
        using var factory = new DiploServerFactory(Settings());
        factory.Ask.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = factory.CreateClient();
        var queue = factory.Services.GetRequiredService<TurnQueue>();
        var conversations = new List<(string Id, string Token)>();
        for (var i = 0; i < 10; i++)
        {
            conversations.Add(await DirectLineTests.GenerateAsync(client));
        }

        var longest = 0;
        foreach (var (id, token) in conversations)
        {
            using var posted = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, new JsonObject { ["type"] = "message", ["text"] = "Where?" });
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            longest = Math.Max(longest, queue.Count);
        }

        var busy = 0;
        for (var attempt = 0; attempt < 100 && busy < 10 - Capacity - 1; attempt++)
        {
            busy = 0;
            foreach (var (id, token) in conversations)
            {
                using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token);
                var activities = (await read.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
                busy += activities.Count(a => (string?)a!["text"] == TurnQueue.BusyReply);
            }
        }

        Assert.InRange(longest, 1, Capacity);
        Assert.Equal(10 - Capacity - 1, busy);
        factory.Ask.Gate.SetResult();
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Bot:TurnQueueCapacity"] = Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bot:TurnConcurrency"] = "1",
        ["Bot:TypingIntervalSeconds"] = "60",
        ["RateLimits:Enabled"] = "false",
    };

    private static List<BotActivity> BusyReplies(RecordingConnectorClient connector) =>
        [.. connector.Sent.Where(a => a.Type == "message" && a.Text == TurnQueue.BusyReply)];

    private static List<BotActivity> Answers(RecordingConnectorClient connector) =>
        [.. connector.Sent.Where(a => a.Type == "message" && a.Text == FakeAskService.AnswerText)];

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var i = 0; i < 200; i++)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the expected replies did not arrive in 10 s");
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
