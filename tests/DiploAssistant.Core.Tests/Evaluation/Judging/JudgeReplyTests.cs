using DiploAssistant.Core.Evaluation.Judging;

namespace DiploAssistant.Core.Tests.Evaluation.Judging;

public sealed class JudgeReplyTests
{
    [Theory]
    [InlineData("""{"score": 4, "reason": "fine"}""", 4)]
    [InlineData("Here is my verdict:\n```json\n{\"score\": 2, \"reason\": \"fine\"}\n```", 2)]
    [InlineData("""{"score": "5", "reason": "fine"}""", 5)]
    [InlineData("""{"score": 1.0, "reason": "fine"}""", 1)]
    public void Parse_ReadsTheScore_WhereverTheJsonObjectIs(string reply, int score)
    {
        var parsed = JudgeReply.Parse(reply);

        Assert.Equal(new JudgeReply(score, "fine", null), parsed);
    }

    [Theory]
    [InlineData("", "no text")]
    [InlineData("A solid 4 out of 5.", "no JSON object")]
    [InlineData("""{"reason": "no score"}""", "no \"score\"")]
    [InlineData("""{"score": 0}""", "from 1 to 5")]
    [InlineData("""{"score": 3.5}""", "from 1 to 5")]
    [InlineData("""{"score": 4, "reason": }""", "not valid JSON")]
    public void Parse_GivesADiagnosticAndNoScore_WhenTheReplyIsNotAScore(string reply, string diagnostic)
    {
        var parsed = JudgeReply.Parse(reply);

        Assert.Null(parsed.Score);
        Assert.Contains(diagnostic, parsed.Error, StringComparison.Ordinal);
    }
}
