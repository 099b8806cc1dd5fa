namespace DiploAssistant.Core.Answering;

/// <summary>What users read when a question cannot be taken at all (before any retrieval).</summary>
internal static class NoAnswerText
{
    public const string EmptyQuestion = "Please ask a question about the loaded articles.";

    public static string QuestionTooLong(int max) => $"Please ask a shorter question (at most {max} characters).";
}
