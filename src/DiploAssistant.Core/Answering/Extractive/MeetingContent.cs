using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// "What did Wi Sung-lac and Tomas Pojar discuss?" is best matched by the sentence that says they met ("위 실장은 토마쉬
/// 포야르 … 보좌관과도 만났다."); what they discussed is the sentence after it ("대통령실은 “양측은 … 평가하고 …”"). When the
/// question asks what was discussed or agreed and the answer only tells the meeting, the next sentence of its chunk that
/// tells talks or an agreement is quoted with it.
/// </summary>
internal static partial class MeetingContent
{
    public static IReadOnlyList<ScoredSentence> WithNext(
        IReadOnlyList<ScoredSentence> selected, ScoredSentence best, IReadOnlyList<CandidateSentence> candidates, string question)
    {
        if (!Talks().IsMatch(question) || !MeetingList.TellsMeeting(best.Candidate.Text) || Talks().IsMatch(best.Candidate.Text))
        {
            return selected;
        }

        var next = CandidateSentences.Next(candidates, best.Candidate);
        if (next is null || !Talks().IsMatch(next.Text) || selected.Any(s => ReferenceEquals(s.Candidate, next)))
        {
            return selected;
        }

        // The meeting names who met; a sentence before it quoted for its subject only adds another meeting's talks.
        var kept = selected
            .Where(s => s.Candidate.DocumentId == best.Candidate.DocumentId)
            .Select(s => ReferenceEquals(s.Candidate, best.Candidate) ? s with { WithPrevious = false } : s)
            .ToList();
        return [.. kept, best.With(next)];
    }

    [GeneratedRegex(@"논의|합의|협의|공감|의견을 교환|평가|\bdiscuss(ed|es)?\b|\bagree(d|s)?\b|\btalk(s|ed)? about\b", RegexOptions.IgnoreCase)]
    private static partial Regex Talks();
}
