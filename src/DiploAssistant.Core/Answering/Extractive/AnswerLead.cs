using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Text.Dates;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// What an answer quoting a sentence in the other language starts with, in the question's language: "According to 뉴시스,
/// 11 Feb 2026 [1]: …" for an English question answered from a Korean sentence, "The Korea Herald 2026년 2월 11일 보도에
/// 따르면 [1]: …" the other way round.
/// </summary>
internal static class AnswerLead
{
    /// <summary>True when the quote needs a lead: it is not in the language of the question.</summary>
    public static bool IsNeeded(string question, string quote) =>
        QuestionLanguage.IsKorean(question) != QuestionLanguage.IsKorean(quote);

    /// <param name="marker">The citation marker, "[1]".</param>
    public static string For(string question, DocumentInfo document, string marker)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Without an outlet the lead says "an article": its title is often the quoted lead sentence itself.
        var outlet = string.IsNullOrWhiteSpace(document.Source) ? null : document.Source.Trim();
        if (QuestionLanguage.IsKorean(question))
        {
            var when = document.Published is { } day ? $" {AbsoluteDateText.KoreanDay(day)}" : "";
            return outlet is null ? $"{when.TrimStart()} 기사에 따르면 {marker}:".TrimStart() : $"{outlet}{when} 보도에 따르면 {marker}:";
        }

        var source = outlet ?? "an article";
        var published = document.Published is { } date ? $", {AbsoluteDateText.EnglishShortDay(date)}" : "";
        return $"According to {source}{published} {marker}:";
    }
}
