using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// "위성락 실장은 헤이그에서 누구를 만났나?" asks for everyone he met, and articles tell one meeting per sentence ("…루비오
/// 국무장관을 만났다." "또 … 이와야 다케시 일본 외무상과도 면담했다." "위 실장은 … 포야르 … 보좌관과도 만났다."). For a
/// "who did … meet" question this adds to the best sentence every other sentence of its article that tells a meeting with
/// someone: of the question's person (named, by surname and title, or going on from a meeting just listed with "또",
/// "also"), and of the question's countries, each named in the sentence itself ("체코의 누구" keeps only the Czech).
/// </summary>
internal static partial class MeetingList
{
    /// <summary>At most this many sentences are listed, the best one included.</summary>
    private const int MaxMeetings = 6;

    public static bool IsAsked(string question, AskedElement asked) => asked == AskedElement.Person && MeetingVerb().IsMatch(question);

    /// <summary>The best sentence and the article's other meetings of the question's person, in article order.</summary>
    public static IReadOnlyList<ScoredSentence> Complete(
        string question, ScoredSentence best, IReadOnlyList<CandidateSentence> candidates, IReadOnlyList<QuestionEntity> entities, Func<QuestionEntity, bool> isParty)
    {
        var article = candidates.Where(c => c.DocumentId == best.Candidate.DocumentId).OrderBy(c => c.Position).ToList();
        var named = entities.Where(e => e.IsStrong && !IsVenue(question, e)).ToList();
        var people = named.Where(e => e.Kind == EntityKind.Name && !isParty(e)).ToList();
        var countries = named.Where(isParty).ToList();
        var references = new SurnameReferences(article.Select(c => c.Text).Prepend(best.Candidate.Source.Document.Title));
        var listed = new List<CandidateSentence>();
        for (var i = 0; i < article.Count; i++)
        {
            var sentence = article[i];
            var goesOn = i > 0 && listed.Count > 0 && ReferenceEquals(listed[^1], article[i - 1]) && GoesOn().IsMatch(sentence.Text);
            var meeting = ReferenceEquals(sentence, best.Candidate) || (TellsMeeting(sentence.Text)
                && countries.All(sentence.Evidence.Mentions)
                && (goesOn || people.All(p => sentence.Evidence.Mentions(p) || references.In(sentence.Text).Any(name => new EvidenceText(name).Mentions(p)))));
            if (meeting && listed.Count < MaxMeetings && !listed.Any(l => l.Text == sentence.Text))
            {
                listed.Add(sentence);
            }
        }

        return listed
            .Select(sentence => ReferenceEquals(sentence, best.Candidate) ? best : best.With(sentence))
            .ToList();
    }

    /// <summary>Where the meetings were ("헤이그에서", "in The Hague"): said once in the article, not in every sentence.</summary>
    private static bool IsVenue(string question, QuestionEntity entity) =>
        question.Contains(entity.Text + "에서", StringComparison.Ordinal)
        || new[] { "in ", "at ", "in the ", "at the " }.Any(before => question.Contains(before + entity.Text, StringComparison.OrdinalIgnoreCase));

    public static bool TellsMeeting(string sentence) => MeetingVerb().IsMatch(sentence) && AnswerElements.Carries(sentence, AskedElement.Person);

    [GeneratedRegex(@"만났|만나|면담|접견|회동|회담을? 가졌|회담했|\bmeet(s|ing)?\b|\bmet\b|\b(held )?talks with\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingVerb();

    /// <summary>A sentence that goes on from the one before: the same subject meeting someone else.</summary>
    [GeneratedRegex(@"^(또|또한|아울러|이어|이 밖에|이밖에)\s|^(He|She|They) (also|later|then)\b|^(Also|Later),? (he|she|they)\b")]
    private static partial Regex GoesOn();
}
