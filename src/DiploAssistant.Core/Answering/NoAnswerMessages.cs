namespace DiploAssistant.Core.Answering;

/// <summary>What the user is told when the loaded articles do not answer, in the question's language.</summary>
public static class NoAnswerMessages
{
    public const string NotFoundKorean = "불러온 기사에서 이 질문에 대한 답을 찾지 못했습니다.";
    public const string NotFoundEnglish = "The loaded articles don't say.";
    public const string NoArticlesKorean = "질문과 관련된 기사를 찾지 못했습니다.";
    public const string NoArticlesEnglish = "No loaded article is about this question.";
    public const string WeakEvidenceKorean = "관련 기사는 있지만 이 질문에 답하는 문장을 찾지 못했습니다.";
    public const string WeakEvidenceEnglish = "Related articles were found, but no sentence in them answers this question.";

    /// <summary>What an empty question gets (before any retrieval).</summary>
    public const string EmptyQuestion = "Please ask a question about the loaded articles.";

    /// <summary>What a question over the length limit gets (before any retrieval), in its language.</summary>
    public static string QuestionTooLong(string question, int max) => IsKorean(question)
        ? $"질문을 {max}자 이내로 줄여 주세요."
        : $"Please ask a shorter question (at most {max} characters).";

    /// <summary>Reason: the question is over the length limit, in its language.</summary>
    public static string QuestionTooLongReason(string question, int max) => IsKorean(question)
        ? $"질문이 {max}자를 넘습니다"
        : $"the question is longer than {max} characters";

    /// <summary>True when the question should be answered in Korean (see <see cref="QuestionLanguage"/>).</summary>
    public static bool IsKorean(string question) => QuestionLanguage.IsKorean(question);

    /// <summary>The answer text shown instead of an answer.</summary>
    public static string NotFound(string question) => IsKorean(question) ? NotFoundKorean : NotFoundEnglish;

    /// <summary>Reason: nothing was retrieved for the question.</summary>
    public static string NoArticles(string question) => IsKorean(question) ? NoArticlesKorean : NoArticlesEnglish;

    /// <summary>Reason: articles were retrieved, but none of their sentences covers enough of the question.</summary>
    public static string WeakEvidence(string question) => IsKorean(question) ? WeakEvidenceKorean : WeakEvidenceEnglish;

    /// <summary>Reason: the question names something (a person, place, event) no retrieved article mentions.</summary>
    public static string NotMentioned(string question, string name) => IsKorean(question)
        ? $"불러온 기사에 ‘{name}’에 대한 내용이 없습니다."
        : $"The loaded articles don't mention “{name}”.";

    /// <summary>Reason: each name is in some article, but no article or sentence says them together (another year, another meeting).</summary>
    public static string NotTogether(string question, IReadOnlyList<string> names) => IsKorean(question)
        ? $"불러온 기사 중 {string.Join(", ", names.Select(n => $"‘{n}’"))}을(를) 함께 다룬 기사가 없습니다."
        : $"No loaded article mentions {string.Join(" and ", names.Select(n => $"“{n}”"))} together.";
}
