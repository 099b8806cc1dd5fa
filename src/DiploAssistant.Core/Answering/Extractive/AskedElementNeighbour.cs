using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// The best sentence may tell the question's story without what it asks for: "Which menu item did KFC roll out …?" is
/// best matched by "KFC is rolling out a new item to attract a younger crowd", and the next sentence names the nuggets.
/// When the sentence just before or after it in its chunk carries the asked name, person or place and the best one does
/// not, that neighbour is quoted with it.
/// </summary>
internal static class AskedElementNeighbour
{
    /// <summary>The best sentence quoting its previous one, when that one carries what is asked.</summary>
    public static ScoredSentence WithPrevious(ScoredSentence best, AskedElement asked, string question) =>
        IsNeeded(best, asked, question) && !best.WithPrevious && best.Candidate.Previous is { } previous && Carries(previous.Text, asked, question)
            ? best with { WithPrevious = true }
            : best;

    /// <summary>The selected sentences, with the sentence after the best one when only that one carries what is asked.</summary>
    public static IReadOnlyList<ScoredSentence> WithNext(
        IReadOnlyList<ScoredSentence> selected, ScoredSentence best, IReadOnlyList<CandidateSentence> candidates, AskedElement asked, string question)
    {
        if (!IsNeeded(best, asked, question) || selected.Any(s => Carries(s.QuotedText, asked, question)))
        {
            return selected;
        }

        var next = CandidateSentences.Next(candidates, best.Candidate);
        if (next is null || !Carries(next.Text, asked, question) || selected.Any(s => ReferenceEquals(s.Candidate, next)))
        {
            return selected;
        }

        return SentenceSelector.InArticleOrder([.. selected, best.With(next)]);
    }

    private static bool IsNeeded(ScoredSentence best, AskedElement asked, string question) =>
        asked is AskedElement.Name or AskedElement.Person or AskedElement.Place && !Carries(best.QuotedText, asked, question);

    private static bool Carries(string text, AskedElement asked, string question) => asked == AskedElement.Name
        ? AnswerElements.CarriesNewName(text, question)
        : AnswerElements.Carries(text, asked);
}
