namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>What <c>IAskService</c> did with the questions: answered or declined, the correct text in the answer, a gold document cited.</summary>
internal sealed record AnswerFigures(int Questions, int Answered, int AnswerHits, int GoldCited, int AnswerInGoldText, TimeSpan LoopTime)
{
    public int Declined => Questions - Answered;
}
