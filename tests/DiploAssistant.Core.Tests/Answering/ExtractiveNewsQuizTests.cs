using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>
/// Questions as news quizzes ask them ("Which firm … earlier this week?") on small articles written for these tests: the
/// time of asking is not held against the sentence that answers, and an article's own question is never quoted as its answer.
/// </summary>
public sealed class ExtractiveNewsQuizTests
{
    private static readonly SampleArticle Recall = new(
        new DocumentInfo("recall-1", "Scooter recall", null, null, "test/recall-1.txt", null, "en"),
        [
            "Velta recalled 40,000 electric scooters on Monday over battery fires.",
            "The company said owners would get a refund or a new battery.",
        ]);

    private static readonly SampleArticle Quiz = new(
        new DocumentInfo("quiz-1", "Bridge contract", null, null, "test/quiz-1.txt", null, "en"),
        [
            "Which company will build the new Danube bridge near Vukovar?",
            "Orvan Works will build the new Danube bridge near Vukovar, the transport ministry said.",
        ]);

    private static readonly SampleArticle Menu = new(
        new DocumentInfo("menu-1", "Tamar Foods menu", null, null, "test/menu-1.txt", null, "en"),
        [
            "Tamar Foods is adding a new item to its menu this week to attract a younger crowd.",
            "Meet the Crunch Roll: a wrap with three sauces, sold in every shop from Friday.",
            "Shares in the chain rose 2% after the announcement.",
        ]);

    private readonly ExtractiveAnswerGenerator _generator = new(new KoreanTokenizer());

    [Fact]
    public async Task TheTimeOfAsking_IsNotHeldAgainstASentenceThatSaysItsOwnDay()
    {
        var answer = await _generator.GenerateAsync("Which firm recalled its electric scooters earlier this week?", Evidence.AllOf(Recall), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("Velta", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticlesOwnQuestion_IsNeverQuotedAsTheAnswer()
    {
        var answer = await _generator.GenerateAsync("Which company will build the new Danube bridge near Vukovar?", Evidence.AllOf(Quiz), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("Orvan Works", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("?", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASentenceThatTellsTheStoryWithoutTheAskedName_IsQuotedWithTheNextSentenceThatNamesIt()
    {
        var answer = await _generator.GenerateAsync("Which menu item did Tamar Foods add to attract a younger crowd?", Evidence.AllOf(Menu), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("attract a younger crowd", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Crunch Roll", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Shares", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASentenceThatAlreadyNamesWhatIsAsked_IsQuotedAlone()
    {
        var answer = await _generator.GenerateAsync("Which firm recalled 40,000 electric scooters over battery fires?", Evidence.AllOf(Recall), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("Velta", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("refund", answer.Text, StringComparison.Ordinal);
    }
}
