using System.Net;
using System.Text.Json.Nodes;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Server.Tests.Bot;

/// <summary>
/// A Teams reaction to an answer, sent through <c>/api/messages</c>, is stored in the real SQLite store and read back with the
/// answer it rates (the real core over the sample articles).
/// </summary>
public sealed class FeedbackRoundTripTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(realCore: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task FeedbackOnAnAnswer_IsReadBackWithTheQuestionAnswerAndCitationsItRates()
    {
        var client = _factory.CreateClient();
        await SampleData.WaitUntilLoadedAsync(client);
        var question = Activities.TeamsMessage("Where did Cho Hyun meet Kaja Kallas?");
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(client, question))!.AsObject();
        var rated = (string?)reply["id"] ?? (string?)reply["replyToId"];

        var invoke = Activities.TeamsMessage(string.Empty, expectReplies: false);
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";
        invoke["replyToId"] = rated;
        invoke["value"] = JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"Wrong city\"}"}}""");
        using var response = await client.PostAsync("/api/messages", Activities.Json(invoke));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var store = _factory.Services.GetRequiredService<IFeedbackStore>();
        var entry = Assert.Single(await store.ListAsync(FeedbackQuery.All, CancellationToken.None));
        Assert.Equal(FeedbackReactions.Dislike, entry.Feedback.Reaction);
        Assert.Equal("Wrong city", entry.Feedback.Text);
        Assert.Equal("29:user-1", entry.Feedback.UserId);
        Assert.NotNull(entry.Answer);
        Assert.Equal("Where did Cho Hyun meet Kaja Kallas?", entry.Answer.Question);
        Assert.Equal((string?)reply["text"], SafeMarkup.Answer(entry.Answer.Answer.Trim())); // the reply is the stored answer, escaped for Teams
        Assert.NotEmpty(entry.Answer.Citations);
    }

    [Fact]
    public async Task FeedbackNamingAnAnswerNeverSent_IsKeptWithoutOne()
    {
        var invoke = Activities.TeamsMessage(string.Empty, expectReplies: false);
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";
        invoke["replyToId"] = "never-sent";
        invoke["value"] = JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"like"}}""");

        using var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(invoke));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await _factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(FeedbackQuery.All, CancellationToken.None));
        Assert.Equal(FeedbackReactions.Like, entry.Feedback.Reaction);
        Assert.Null(entry.Answer);
    }
}
