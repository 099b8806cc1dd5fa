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
}
