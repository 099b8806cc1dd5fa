using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// A sentence that only says again what the question says ("Starbucks reintroduced one of its most popular drinks this
/// week, commonly known as the PSL." for "… What does PSL stand for?") covers the question best and answers nothing; the
/// article's answer is usually the sentence after it. Such a sentence is quoted with its next one, or not at all.
/// </summary>
internal static class EchoSentence
{
    /// <summary>At most this many words of the sentence may be new to the question for it to be an echo.</summary>
    private const int MaxNewWords = 1;

    /// <summary>The sentence, or its next sentence quoted with it when it echoes the question; null when nothing follows it.</summary>
    public static ScoredSentence? Answering(ScoredSentence sentence, IReadOnlyList<CandidateSentence> candidates, IReadOnlySet<string> questionWords)
    {
        if (sentence.WithPrevious || !Echoes(sentence.Candidate.Text, questionWords))
        {
            return sentence;
        }

        var next = CandidateSentences.Next(candidates, sentence.Candidate);
        return next is null || Echoes(next.Text, questionWords) ? null : sentence with { Candidate = next, WithPrevious = true };
    }

    /// <summary>The question's words as <see cref="Echoes"/> compares them.</summary>
    public static IReadOnlySet<string> WordsOf(string question) => Words(question).ToHashSet(StringComparer.Ordinal);

    private static bool Echoes(string sentence, IReadOnlySet<string> questionWords) =>
        Words(sentence).Distinct(StringComparer.Ordinal).Count(word => !questionWords.Contains(word)) <= MaxNewWords;

    private static IEnumerable<string> Words(string text) => TextWords.Find(TimeOfAsking.Without(text))
        .Select(word => word.IsHangul ? KoreanParticles.Strip(word.Text) : TextWords.Fold(word.Text))
        .Where(word => word.Length > 1 && !QuestionVocabulary.IsEnglishStopWord(word));
}
