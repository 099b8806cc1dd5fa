using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Answering.FollowUps;

/// <summary>
/// Whether a question leans on an earlier one: it refers back (그 회의, 그는, 이번, 양측, that meeting, they, it), or it
/// names nothing of its own ("언제였나?", "What was agreed?"), or only names a new subject ("what about the Netherlands?").
/// </summary>
internal static class FollowUpCues
{
    private static readonly HashSet<string> KoreanReferences = new(StringComparer.Ordinal)
    {
        "그", "이", "저", "해당", "당시", "이번", "그때", "거기", "그곳", "그녀", "그들", "이들", "양측", "양국", "두",
    };

    private static readonly string[] KoreanParticles = ["는", "은", "가", "이", "의", "를", "을", "와", "과", "도", "에", "에서", "에게", "와의", "과의"];

    private static readonly HashSet<string> EnglishReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "those", "these", "they", "them", "their", "it", "its", "he", "him", "his", "she", "her",
        "there", "then", "same", "both",
    };

    public static bool IsFollowUp(string question) =>
        RefersBack(question) || QuestionEntities.Find(question).Count == 0 || EllipticalFollowUp.SubjectOf(question) is not null;

    public static bool RefersBack(string question)
    {
        var words = TextWords.Find(question);
        return words.Select((w, i) => w.IsHangul
                ? IsKoreanReference(w.Text) && !IsSurnameBeforeTitle(words, i)
                : EnglishReferences.Contains(w.Text))
            .Any(refers => refers);
    }

    /// <summary>"이 대통령", "조 장관": a surname with a title names someone; it does not point back.</summary>
    private static bool IsSurnameBeforeTitle(IReadOnlyList<TextWord> words, int i) =>
        words[i].Text.Length == 1 && i + 1 < words.Count && words[i + 1].IsHangul && PersonTitles.IsTitle(words[i + 1].Text);

    private static bool IsKoreanReference(string word) =>
        KoreanReferences.Contains(word)
        || KoreanParticles.Any(p => word.Length > p.Length && word.EndsWith(p, StringComparison.Ordinal) && KoreanReferences.Contains(word[..^p.Length]));
}
