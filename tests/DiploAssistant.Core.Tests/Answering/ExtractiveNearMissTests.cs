using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>
/// Near-miss questions on small articles written for these tests: the names are in the articles, but not with the year,
/// the meeting of the series, or each other that the question asks about.
/// </summary>
public sealed class ExtractiveNearMissTests
{
    private static readonly SampleArticle Fisheries = new(
        new DocumentInfo("fish-1", "Norway and Chile sign fisheries pact", null, null, "test/fish-1.txt", null, "en"),
        [
            "Norway and Chile signed a fisheries pact in Oslo in 2021, their first such accord.",
            "The agreement sets quotas for salmon farming and joint inspections of fishing fleets.",
            "The second round of talks on fisheries was held in Santiago the following spring.",
        ]);

    private static readonly SampleArticle Rail = new(
        new DocumentInfo("rail-1", "Peru opens rail link", null, null, "test/rail-1.txt", null, "en"),
        [
            "Peru opened a new rail link to the Bolivian border on Monday.",
            "Officials from Norway attended the ceremony as observers.",
        ]);

    private static readonly SampleArticle Forum = new(
        new DocumentInfo("forum-1", "Ministers meet at Oslo forum", null, null, "test/forum-1.txt", null, "en"),
        [
            "Foreign ministers gathered in Oslo, Norway, for the Arctic shipping forum on Tuesday.",
            "Japan's foreign minister held talks with Canada's foreign minister on the sidelines.",
            "The two sides agreed to share ice-route data and hold joint rescue drills.",
        ]);

    private static readonly SampleArticle WaterPact = new(
        new DocumentInfo("water-1", "Water pact signed in Oslo", null, null, "test/water-1.txt", null, "en"),
        [
            "Anna Berg and Omar Haddad signed a water-sharing pact in Oslo on Friday.",
            "The pact sets quotas for the river basin until 2040.",
        ]);

    private readonly ExtractiveAnswerGenerator _generator = new(new KoreanTokenizer());

    [Fact]
    public async Task TwoCountriesTheArticleNamesOnlyApart_AreDeclinedAsNotTogether()
    {
        var answer = await _generator.GenerateAsync("What did Norway and Japan agree on?", Evidence.AllOf(Forum), CancellationToken.None);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("Norway", answer.NoAnswerReason, StringComparison.Ordinal);
        Assert.Contains("Japan", answer.NoAnswerReason, StringComparison.Ordinal);
        Assert.Contains("together", answer.NoAnswerReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCountriesOneSentenceNames_AreAnsweredWithWhatTheyAgreed()
    {
        var answer = await _generator.GenerateAsync("What did Japan and Canada agree on?", Evidence.AllOf(Forum), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("ice-route data", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_DeclinesNearMiss_WhenYearDiffers()
    {
        var answer = await _generator.GenerateAsync("What did Norway and Chile sign in 2019?", Evidence.AllOf(Fisheries), CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Contains("2019", answer.NoAnswerReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_Answers_WhenYearMatches()
    {
        var answer = await _generator.GenerateAsync("What did Norway and Chile sign in 2021?", Evidence.AllOf(Fisheries), CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Contains("fisheries pact", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_DeclinesNearMiss_WhenAnotherMeetingOfTheSeries()
    {
        var answer = await _generator.GenerateAsync("Where was the fourth round of fisheries talks between Norway and Chile held?", Evidence.AllOf(Fisheries), CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Contains("fourth", answer.NoAnswerReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_DeclinesNearMiss_WhenTheNamesAreNotTogether()
    {
        var answer = await _generator.GenerateAsync("What did Peru sign with Chile in Oslo?", Evidence.AllOf(Rail, Fisheries), CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Contains("Peru", answer.NoAnswerReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_DeclinesNearMiss_WhenOnlyOneNameOfAPersonIsThere()
    {
        var answer = await _generator.GenerateAsync("What did Officials Ben Affleck say at the Peru ceremony?", Evidence.AllOf(Rail), CancellationToken.None);

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task TwoPeopleOfWhomTheArticleNamesOne_AreDeclined()
    {
        var answer = await _generator.GenerateAsync("What did Anna Berg and Lena Holt sign in Oslo?", Evidence.AllOf(WaterPact), CancellationToken.None);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task TwoPeopleTheArticleNamesTogether_AreAnswered()
    {
        var answer = await _generator.GenerateAsync("What did Anna Berg and Omar Haddad sign in Oslo?", Evidence.AllOf(WaterPact), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("water-sharing pact", answer.Text, StringComparison.Ordinal);
    }
}
