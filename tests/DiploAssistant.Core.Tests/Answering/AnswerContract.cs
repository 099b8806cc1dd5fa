using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>DESIGN.md's Answer invariants: markers and citations match one to one; a non-answer has a reason and no citations.</summary>
internal static class AnswerContract
{
    public static void AssertHolds(Answer answer)
    {
        if (!answer.Answered)
        {
            Assert.Empty(answer.Citations);
            Assert.False(string.IsNullOrWhiteSpace(answer.NoAnswerReason));
            Assert.Empty(CitationMarkers.NumbersIn(answer.Text));
            return;
        }

        Assert.Null(answer.NoAnswerReason);
        var used = CitationMarkers.NumbersIn(answer.Text).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.Equal(Enumerable.Range(1, used.Count), used); // numbered 1..k in order of first use
        Assert.Equal(used, answer.Citations.Select(c => c.N));
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.DocumentId).Distinct().Count());
        Assert.All(answer.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Quote)));
    }
}
