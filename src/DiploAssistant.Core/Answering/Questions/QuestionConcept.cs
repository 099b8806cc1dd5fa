using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// A word or phrase of the question with the other ways to say it (glossary: its translation and synonyms). A
/// sentence that says it any of those ways covers the question terms it stands for.
/// </summary>
/// <param name="Terms">The question's tokenizer terms it stands for.</param>
/// <param name="EnglishForms">English wordings, each as its tokenizer terms (all must be in the sentence).</param>
/// <param name="KoreanForms">Korean stems to look for in the sentence (spaces ignored).</param>
/// <param name="IsPredicate">What the question asks was done (공감했나, agree): the sentence that says it answers.</param>
/// <param name="IsParty">A country or bloc (Korea, 네덜란드): "the two sides" (양국) in a sentence may stand for it.</param>
/// <param name="IsModifier">Which one of a series the question means (차기, first): it tells the answer from its siblings.</param>
internal sealed record QuestionConcept(
    IReadOnlyList<string> Terms,
    IReadOnlyList<IReadOnlyList<string>> EnglishForms,
    IReadOnlyList<string> KoreanForms,
    bool IsPredicate,
    bool IsParty = false,
    bool IsModifier = false)
{
    public bool IsSaidIn(CandidateSentence sentence) =>
        KoreanForms.Any(form => SaysKorean(sentence, form))
        || EnglishForms.Any(form => form.Count > 0 && form.All(sentence.Terms.Contains));

    private static bool SaysKorean(CandidateSentence sentence, string form) => form switch
    {
        _ when !form.Any(HangulText.IsSyllable) => sentence.Terms.Contains(form), // eu, nato: a whole word, not inside "said"
        { Length: 1 } => sentence.HangulStems.Contains(form), // 핵 alone, not inside 핵심
        _ => sentence.Compact.Contains(form, StringComparison.Ordinal),
    };
}
