using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class CitationValidatorTests
{
    private static Citation Source(int n, string documentId, string quote = "quote") =>
        new(n, documentId, $"title {documentId}", "outlet", null, $"data/{documentId}.txt", null, quote, 0.5);

    [Fact]
    public void Validate_KeepsAValidAnswerAsItIs()
    {
        var sources = new[] { Source(1, "a"), Source(2, "b") };

        var result = CitationValidator.Validate("조현 장관은 브뤼셀에서 칼라스를 만났다 [1]. 양측은 협력에 합의했다 [2].", sources);

        Assert.Equal("조현 장관은 브뤼셀에서 칼라스를 만났다 [1]. 양측은 협력에 합의했다 [2].", result.Text);
        Assert.Equal(["a", "b"], result.Citations.Select(c => c.DocumentId));
        Assert.True(result.HasCitations);
        Assert.Equal(0, result.RemovedMarkers);
    }

    [Fact]
    public void Validate_RemovesMarkersThatPointAtNoSource()
    {
        var result = CitationValidator.Validate("They met in Brussels [1]. They also met in Rome [7].", [Source(1, "a")]);

        Assert.Equal("They met in Brussels [1]. They also met in Rome.", result.Text);
        Assert.Equal(1, result.RemovedMarkers);
    }

    [Fact]
    public void Validate_RenumbersInOrderOfFirstUse()
    {
        var sources = new[] { Source(1, "a"), Source(2, "b"), Source(3, "c") };

        var result = CitationValidator.Validate("First [3]. Second [1]. Again [3].", sources);

        Assert.Equal("First [1]. Second [2]. Again [1].", result.Text);
        Assert.Equal([(1, "c"), (2, "a")], result.Citations.Select(c => (c.N, c.DocumentId)));
    }

    [Fact]
    public void Validate_DropsSourcesTheTextDoesNotUse()
    {
        var sources = new[] { Source(1, "a"), Source(2, "b"), Source(3, "c") };

        var result = CitationValidator.Validate("Only this [2].", sources);

        Assert.Equal("b", Assert.Single(result.Citations).DocumentId);
        Assert.Equal("Only this [1].", result.Text);
    }

    [Fact]
    public void Validate_GivesSourcesOfOneDocumentOneNumberAndJoinsTheirQuotes()
    {
        var sources = new[] { Source(1, "a", "first sentence."), Source(2, "b"), Source(3, "a", "second sentence.") };

        var result = CitationValidator.Validate("One [1]. Two [3]. Three [2].", sources);

        Assert.Equal("One [1]. Two [1]. Three [2].", result.Text);
        Assert.Equal("first sentence. second sentence.", result.Citations[0].Quote);
        Assert.Equal(2, result.Citations.Count);
    }

    [Fact]
    public void Validate_SplitsListMarkersIntoSingleMarkers()
    {
        var sources = new[] { Source(1, "a"), Source(2, "b") };

        var result = CitationValidator.Validate("Both agree [2, 1] and more [1,9].", sources);

        Assert.Equal("Both agree [1][2] and more [2].", result.Text);
        Assert.Equal(["b", "a"], result.Citations.Select(c => c.DocumentId));
        Assert.Equal(1, result.RemovedMarkers);
    }

    [Fact]
    public void Validate_ReportsNoCitations_WhenEveryMarkerIsInvalid()
    {
        var result = CitationValidator.Validate("An unsupported claim [4].", [Source(1, "a")]);

        Assert.False(result.HasCitations);
        Assert.Empty(result.Citations);
        Assert.Equal("An unsupported claim.", result.Text);
    }

    [Fact]
    public void Validate_ReportsNoCitations_WhenTheTextHasNoMarkers()
    {
        var result = CitationValidator.Validate("No markers at all.", [Source(1, "a")]);

        Assert.False(result.HasCitations);
        Assert.Equal("No markers at all.", result.Text);
    }

    [Fact]
    public void Neutralize_TurnsMarkerLookalikesInQuotedTextIntoParentheses()
    {
        Assert.Equal("as noted (2) and (3, 4)", CitationMarkers.Neutralize("as noted [2] and [3, 4]"));
        Assert.Equal("[서울=뉴시스] [NBS]", CitationMarkers.Neutralize("[서울=뉴시스] [NBS]"));
    }
}
