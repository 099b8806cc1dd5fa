namespace DiploAssistant.Core.Answering;

/// <summary>The note appended to an offline answer given because the model could not be used, in the question's language.</summary>
public static class OfflineAnswerNote
{
    public const string Korean = "(오프라인 답변: 모델에 연결할 수 없었습니다.)";
    public const string English = "(offline answer: the model was unreachable)";

    public static string For(string question) => NoAnswerMessages.IsKorean(question) ? Korean : English;

    /// <summary>The answer with the note after its text; citations and the JSON shape are unchanged.</summary>
    public static Answer Append(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer with { Text = $"{answer.Text}\n\n{For(answer.Question)}" };
    }
}
