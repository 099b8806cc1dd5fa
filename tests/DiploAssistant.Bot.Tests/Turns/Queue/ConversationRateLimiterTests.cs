using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Queue;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Tests.Turns.Queue;

public sealed class ConversationRateLimiterTests
{
    [Fact]
    public void AConversation_GetsItsPermits_ThenAWaitOfAtMostAMinute()
    {
        using var limiter = new ConversationRateLimiter(Options.Create(new BotOptions { MessagesPerConversationPerMinute = 3 }));

        var granted = Enumerable.Range(0, 3).Count(i => limiter.TryAcquire("talks", out _));
        var refused = !limiter.TryAcquire("talks", out var retryAfter);

        Assert.Equal(3, granted);
        Assert.True(refused);
        Assert.InRange(retryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void OneBusyConversation_DoesNotSpendAnothersPermits()
    {
        using var limiter = new ConversationRateLimiter(Options.Create(new BotOptions { MessagesPerConversationPerMinute = 1 }));
        limiter.TryAcquire("noisy", out _);
        limiter.TryAcquire("noisy", out _);

        Assert.True(limiter.TryAcquire("quiet", out _));
    }

    [Fact]
    public void NoPermitCount_MeansNoLimit()
    {
        using var limiter = new ConversationRateLimiter(Options.Create(new BotOptions { MessagesPerConversationPerMinute = 0 }));

        Assert.Equal(500, Enumerable.Range(0, 500).Count(i => limiter.TryAcquire("load test", out _)));
    }

    [Fact]
    public void RetryAfter_IsWholeSecondsOfAtLeastOne()
    {
        Assert.Equal("1", RetryAfter.Seconds(TimeSpan.FromMilliseconds(20)));
        Assert.Equal("43", RetryAfter.Seconds(TimeSpan.FromSeconds(42.1)));
    }
}
