using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Replies;
using DiploAssistant.Bot.Turns.Streaming;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Tests.Turns.Streaming;

public sealed class AnswerStreamingPolicyTests
{
    [Theory]
    [InlineData("msteams", "personal", true)]
    [InlineData("msteams", "groupChat", false)]
    [InlineData("msteams", "channel", false)]
    [InlineData("directline", null, true)]
    [InlineData("webchat", null, true)]
    [InlineData("emulator", null, false)]
    public void AppliesTo_OnlyTeamsPersonalChatsAndWebChat_WhenAModelWritesTheAnswers(string channelId, string? conversationType, bool streams)
    {
        var policy = new AnswerStreamingPolicy(modelWritesAnswers: true, Options.Create(new BotOptions()));

        Assert.Equal(streams, policy.AppliesTo(Turn(channelId, conversationType)));
    }

    [Fact]
    public void AppliesTo_Nothing_WithTheExtractiveDefault()
    {
        var policy = new AnswerStreamingPolicy(modelWritesAnswers: false, Options.Create(new BotOptions()));

        Assert.False(policy.AppliesTo(Turn("msteams", "personal")));
        Assert.False(policy.AppliesTo(Turn("directline", null)));
    }

    [Fact]
    public void AppliesTo_Nothing_WhenStreamingIsTurnedOff()
    {
        var policy = new AnswerStreamingPolicy(modelWritesAnswers: true, Options.Create(new BotOptions { StreamAnswers = false }));

        Assert.False(policy.AppliesTo(Turn("msteams", "personal")));
    }

    [Fact]
    public void AppliesTo_NoExpectRepliesTurn_WhereNothingIsPosted()
    {
        var policy = new AnswerStreamingPolicy(modelWritesAnswers: true, Options.Create(new BotOptions()));
        var turn = Turn("msteams", "personal");
        turn.Activity.DeliveryMode = ActivityTypes.ExpectReplies;

        Assert.False(policy.AppliesTo(turn));
    }

    private static TurnContext Turn(string channelId, string? conversationType) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channelId,
            Conversation = new ConversationAccount { Id = "c1", ConversationType = conversationType, IsGroup = conversationType is "groupChat" or "channel" ? true : null },
        },
        new BufferedReplySink());
}
