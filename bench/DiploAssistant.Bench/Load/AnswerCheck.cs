namespace DiploAssistant.Bench.Load;

/// <summary>Responses a checker read in full during a step: how many were 200 with an answer, and the first that was not.</summary>
internal sealed record AnswerCheck(int Checked, int Answered, string? FirstProblem)
{
    public int Lost => Checked - Answered;
}
