using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>"Which show …?" asks for a name, and only a sentence that says a name the question does not say carries it.</summary>
public sealed class AnswerElementsTests
{
    private const string Question = "Which drama show was renewed for a second season?";

    [Theory]
    [InlineData(Question)]
    [InlineData("NFL owners approved the sale of which football team?")]
    [InlineData("To cut waste, which continent will require a common charger?")]
    public void AWhichQuestion_AsksForAName(string question) =>
        Assert.Equal(AskedElement.Name, AnswerElements.AskedFor(question));

    [Theory]
    [InlineData("What did the images show?")]
    [InlineData("Which is larger, the bridge or the tunnel?")]
    public void AWhatQuestionWithItsVerb_DoesNot(string question) =>
        Assert.Equal(AskedElement.None, AnswerElements.AskedFor(question));

    [Theory]
    [InlineData("Studio Norte said its drama “Harbor Lights” was renewed.", true)]
    [InlineData("The network said Harbor Lights was renewed.", true)]
    [InlineData("The hit show was renewed for a second season on Sunday in June.", false)]
    [InlineData("Drama show fans cheered as the show was renewed for a Second season.", false)]
    public void ASentence_CarriesANewName_OnlyWhenItSaysOneTheQuestionDoesNot(string sentence, bool carries) =>
        Assert.Equal(carries, AnswerElements.CarriesNewName(sentence, Question));
}
