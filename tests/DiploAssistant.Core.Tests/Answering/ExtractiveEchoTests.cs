using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>
/// A quiz question often restates a sentence of its article word for word; that sentence answers nothing, and the answer
/// is the sentence after it (a small article written for these tests).
/// </summary>
public sealed class ExtractiveEchoTests
{
    private static readonly SampleArticle Drink = new(
        new DocumentInfo("drink-1", "Cafe chain brings back its autumn drink", null, null, "test/drink-1.txt", null, "en"),
        [
            "Brewhouse brought back one of its most popular drinks, commonly known as the MCL.",
            "The Maple Cinnamon Latte returns to every shop on Monday, with a new oat version.",
        ]);

    private static readonly SampleArticle Alone = new(
        new DocumentInfo("drink-2", "Cafe chain brings back its autumn drink", null, null, "test/drink-2.txt", null, "en"),
        ["Brewhouse brought back one of its most popular drinks, commonly known as the MCL."]);

    private readonly ExtractiveAnswerGenerator _generator = new(new KoreanTokenizer());

    [Fact]
    public async Task ASentenceThatRestatesTheQuestion_IsQuotedWithTheNextSentenceThatAnswers()
    {
        var answer = await _generator.GenerateAsync(
            "Brewhouse brought back one of its most popular drinks, commonly known as the MCL. What does MCL stand for?", Evidence.AllOf(Drink), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("Maple Cinnamon Latte", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASentenceThatOnlyRestatesTheQuestion_IsNotAnAnswer()
    {
        var answer = await _generator.GenerateAsync(
            "Brewhouse brought back one of its most popular drinks, commonly known as the MCL. What does MCL stand for?", Evidence.AllOf(Alone), CancellationToken.None);

        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("together", answer.NoAnswerReason, StringComparison.Ordinal);
    }
}
