using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bot.Tests.Turns;

public sealed class BotRepliesTests
{
    [Fact]
    public void Help_ListsOnlyCommands_WhenLoadingIsNotAllowed()
    {
        var help = BotReplies.Help(canLoad: false, korean: false);

        Assert.DoesNotContain("not enabled", help, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("**load", help, StringComparison.Ordinal);
        Assert.Contains("**sources**", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsLoading_WhenItIsAllowed()
    {
        Assert.Contains("**load https://…**", BotReplies.Help(canLoad: true, korean: false), StringComparison.Ordinal);
    }

    [Fact]
    public void HelpAndWelcome_AreKorean_ForAKoreanClient()
    {
        var korean = ReplyLanguage.IsKorean(new Activity { Locale = "ko-KR" }, "help");

        Assert.True(korean);
        Assert.StartsWith("불러온 뉴스 기사로", BotReplies.Help(canLoad: false, korean), StringComparison.Ordinal);
        Assert.StartsWith("안녕하세요!", BotReplies.Welcome("DiploAssistant", korean), StringComparison.Ordinal);
        Assert.False(ReplyLanguage.IsKorean(new Activity { Locale = "en-US" }, "help"));
        Assert.True(ReplyLanguage.IsKorean(new Activity { Locale = "en-US" }, "도움말"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Lists_AreParagraphsOfBullets_ThatEveryTeamsClientShows(bool korean)
    {
        var newest = new[] { new DocumentSummary(new DocumentInfo("d", "Talks *resume*", "뉴시스", null, "d.txt", new DateOnly(2026, 2, 11), "ko"), 1, "h", DateTimeOffset.UnixEpoch) };
        var texts = new[] { BotReplies.Help(canLoad: true, korean), BotReplies.Sources(new StoreStatistics(1, 1, new DateOnly(2026, 2, 11), "x"), newest, korean) };

        foreach (var text in texts)
        {
            var lines = text.Split('\n');
            // Markdown lists ("- ", "1. ") render on Teams desktop only; single line breaks may be joined.
            Assert.DoesNotContain(lines, l => l.StartsWith("- ", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. "));
            Assert.All(lines.Where(l => l.StartsWith("• ", StringComparison.Ordinal)), l => Assert.Contains("\n\n" + l, text, StringComparison.Ordinal));
        }

        Assert.Contains("\n\n• Talks \\*resume\\* (뉴시스, 2026-02-11)", texts[1], StringComparison.Ordinal);
    }
}
