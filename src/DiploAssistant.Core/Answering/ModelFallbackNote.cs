namespace DiploAssistant.Core.Answering;

/// <summary>
/// The note appended to an extractive answer given because the model's own could not be used (it kept calling tools
/// past the limit, or its reply could not be read), in the question's language.
/// </summary>
public static class ModelFallbackNote
{
    public const string Korean = "(추출 답변: 모델의 답변을 확인할 수 없었습니다.)";
    public const string English = "(extractive answer: the model's answer could not be checked)";

    public static string For(string question) => NoAnswerMessages.IsKorean(question) ? Korean : English;

    /// <summary>The answer with the note after its text; citations and the JSON shape are unchanged.</summary>
    public static Answer Append(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer with { Text = $"{answer.Text}\n\n{For(answer.Question)}" };
    }
}
