using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// Answers offline by quoting the retrieved sentences that best cover the question, each cited. It declines when
/// nothing was retrieved, when no retrieved article mentions a name the question uses (in either script), when no
/// sentence mentions most of the question's most specific names, when a "when" question finds no sentence that says when, or when the best sentence covers less than
/// <see cref="ExtractiveAnswerOptions.MinCoverage"/> of the question's terms: a wrong confident answer is worse than none.
/// </summary>
public sealed class ExtractiveAnswerGenerator : IAnswerGenerator
{
    /// <summary>A sentence that carries what the question asks for (a place for "where") scores this much more.</summary>
    private const double AskedElementBonus = 1.3;

    private readonly ITextTokenizer _tokenizer;
    private readonly ExtractiveAnswerOptions _options;

    public ExtractiveAnswerGenerator(ITextTokenizer tokenizer)
        : this(tokenizer, new ExtractiveAnswerOptions())
    {
    }

    public ExtractiveAnswerGenerator(ITextTokenizer tokenizer, ExtractiveAnswerOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(options);
        _tokenizer = tokenizer;
        _options = options;
    }

    public Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(evidence);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Generate(question, evidence));
    }

    private Answer Generate(string question, IReadOnlyList<RetrievedChunk> evidence)
    {
        var candidates = CandidateSentences.Collect(evidence, _tokenizer, _options.MaxChunks);
        if (candidates.Count == 0)
        {
            return Decline(question, NoAnswerMessages.NoArticles(question));
        }

        var terms = QuestionTerms.Analyze(question, _tokenizer);
        var articles = candidates
            .GroupBy(c => c.DocumentId)
            .ToDictionary(g => g.Key, g => ArticleEvidence(g.ToList()), StringComparer.Ordinal);
        var eligible = articles.Where(a => Supports(a.Value, terms.Entities)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        if (eligible.Count == 0)
        {
            return Decline(question, MissingSupport.Reason(question, terms.Entities, articles.Values.ToList(), articles[candidates[0].DocumentId]));
        }

        var parties = ForeignParties(question, terms.Entities);
        if (parties.Count > 1)
        {
            // "What did the Netherlands and Japan agree on?": an article that names each country apart (a summit in The
            // Hague, Japan's foreign minister there) reports no dealing between them.
            eligible.RemoveWhere(id => !NamesTogether(candidates.Where(c => c.DocumentId == id).ToList(), parties));
            if (eligible.Count == 0)
            {
                return Decline(question, NoAnswerMessages.NotTogether(question, parties.Select(e => e.Text).Distinct().ToList()));
            }
        }

        var asked = AnswerElements.AskedFor(question);
        var rarest = RarestEntities(terms, candidates.Where(c => eligible.Contains(c.DocumentId)).ToList());
        var strong = terms.Entities.Where(e => e.IsStrong).ToList();
        var context = new SentenceContext(candidates);
        var minCoverage = strong.Count > 0 ? _options.MinCoverage : _options.MinCoverageWithoutNames;
        var ranked = SentenceScorer.Score(terms, candidates)
            .Where(s => eligible.Contains(s.Candidate.DocumentId))
            .Where(s => !AnswerElements.IsRequired(asked) || AnswerElements.Carries(s.QuotedText, asked))
            .Where(s => 2 * rarest.Count(e => Mentions(s, e)) >= rarest.Count)
            .Where(s => strong.All(e => context.Mentions(s.Candidate, e) || Mentions(s, e)))
            .Select(s => Carries(s, asked, question, minCoverage) ? s with { Score = s.Score * AskedElementBonus } : s)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.QuotedText.Length) // equal evidence: the pair that also says what followed
            .ThenBy(s => s.Candidate.Rank)
            .ThenBy(s => s.Candidate.Position)
            .ToList();
        var questionWords = EchoSentence.WordsOf(question);
        ranked = ranked.Select(s => EchoSentence.Answering(s, candidates, questionWords)).OfType<ScoredSentence>().ToList();
        var strongNames = strong.Select(e => e.Text).Distinct().ToList();
        if (ranked.Count == 0 && strongNames.Count > 1)
        {
            // Each name is in an eligible article, but no sentence and its neighbours hold them together.
            return Decline(question, NoAnswerMessages.NotTogether(question, strongNames));
        }

        if (ranked.Count == 0 || terms.Terms.Count == 0 || ranked[0].Coverage < minCoverage)
        {
            return Decline(question, NoAnswerMessages.WeakEvidence(question));
        }

        // A question for one element (where, when) is answered by the one sentence that carries it; a name may need the
        // next sentence too ("Bird … her Seattle Storm lost" after "Bird bid farewell").
        var single = asked is not (AskedElement.None or AskedElement.Name) && AnswerElements.Carries(ranked[0].QuotedText, asked);
        var best = AskedElementNeighbour.WithPrevious(ranked[0], asked, question);
        var selected = SentenceSelector.Select([best, .. ranked.Skip(1)], _options, single);
        selected = MeetingList.IsAsked(question, asked)
            ? MeetingList.Complete(question, best, candidates, terms.Entities, IsParty)
            : AskedElementNeighbour.WithNext(selected, best, candidates, asked, question);
        selected = MeetingContent.WithNext(selected, best, candidates, question);
        return ExtractiveAnswerWriter.Write(question, selected, _options.MaxAnswerCharacters);
    }

    /// <summary>
    /// Whether the sentence carries what the question asks for. A name counts only in a sentence that covers enough of
    /// the question: "Which show …?" prefers the sentence naming the show among those that answer, and never promotes one
    /// that would be declined over one that answers.
    /// </summary>
    private static bool Carries(ScoredSentence sentence, AskedElement asked, string question, double minCoverage) => asked == AskedElement.Name
        ? sentence.Coverage >= minCoverage && AnswerElements.CarriesNewName(sentence.QuotedText, question)
        : AnswerElements.Carries(sentence.QuotedText, asked);

    /// <summary>Every name, year and ordinal of the question, and enough of its nouns (<see cref="ExtractiveAnswerOptions.MinNounShare"/>).</summary>
    private bool Supports(EvidenceText article, IReadOnlyList<QuestionEntity> entities)
    {
        var nouns = entities.Where(e => !e.IsStrong).ToList();
        return entities.Where(e => e.IsStrong).All(article.Mentions)
            && (nouns.Count == 0 || nouns.Count(article.Mentions) >= _options.MinNounShare * nouns.Count);
    }

    /// <summary>
    /// The names the fewest candidate sentences mention (후커, 정무차관 in "위성락 실장은 언제 후커 정무차관을 만났나?"): an
    /// answer must mention at least half of them, or it is about something else the article tells (meeting Rubio).
    /// </summary>
    private static List<QuestionEntity> RarestEntities(QuestionTerms terms, IReadOnlyList<CandidateSentence> candidates)
    {
        var counts = terms.Entities
            .Select(e => (Entity: e, Count: candidates.Count(c => c.Evidence.Mentions(e))))
            .Where(x => x.Count > 0)
            .ToList();
        return counts.Count == 0 ? [] : counts.Where(x => x.Count == counts.Min(y => y.Count)).Select(x => x.Entity).ToList();
    }

    private static bool Mentions(ScoredSentence sentence, QuestionEntity entity) =>
        sentence.Candidate.Evidence.Mentions(entity)
        || (IsParty(entity) && SentenceOpeners.NamesTheParties(sentence.Candidate.Text))
        || (sentence.WithPrevious && sentence.Candidate.Previous is { } previous && previous.Evidence.Mentions(entity));

    /// <summary>
    /// The countries and blocs the question joins as the two sides of a dealing ("the Netherlands and Japan", "네덜란드와
    /// 일본"), but Korea: the articles' own side, often left unsaid ("위 실장은 … 일본 외무상과도 면담했다").
    /// </summary>
    private static List<QuestionEntity> ForeignParties(string question, IReadOnlyList<QuestionEntity> entities)
    {
        var parties = entities.Where(e => e.IsStrong && IsParty(e)).ToList();
        return parties
            .Where(e => !IsKorea(e) && parties.Any(other => other != e && (Joined(question, e, other) || Joined(question, other, e))))
            .ToList();
    }

    private static bool Joined(string question, QuestionEntity first, QuestionEntity second) =>
        new[] { " and ", " and the ", "와 ", "과 ", " 및 ", "·", "-" }.Any(joint => question.Contains(first.Text + joint + second.Text, StringComparison.Ordinal));

    private static bool IsKorea(QuestionEntity entity) =>
        entity.IsHangul
            ? entity.Words[0] is "한국" or "대한민국" or "우리나라" or "한"
            : TextWords.Fold(string.Join(' ', entity.Words)) is "korea" or "south korea" or "s korea" or "rok" or "republic of korea";

    /// <summary>Whether one sentence of the article, or its title, names every party.</summary>
    private static bool NamesTogether(IReadOnlyList<CandidateSentence> sentences, IReadOnlyList<QuestionEntity> parties) =>
        sentences.Select(c => c.Evidence).Prepend(new EvidenceText(sentences[0].Source.Document.Title)).Any(text => parties.All(text.Mentions));

    /// <summary>A country or bloc, or a pair of them (Korea-EU): "the two sides" (양국) of its article stands for it.</summary>
    private static bool IsParty(QuestionEntity entity) =>
        entity.Words.SelectMany(word => word.Split('-')).All(word =>
            BilingualGlossary.Default.ForEnglish(TextWords.Fold(word)).Any(e => e.Kind == GlossaryKind.Name)
            || BilingualGlossary.Default.IsKoreanName(word));

    /// <summary>An article's retrieved sentences and its title (which often names the person a later chunk calls "위 실장").</summary>
    private static EvidenceText ArticleEvidence(IReadOnlyList<CandidateSentence> sentences) =>
        new(string.Join('\n', sentences.Select(c => c.Text).Prepend(sentences[0].Source.Document.Title)));

    private static Answer Decline(string question, string reason) =>
        Answer.NotAnswered(question, reason, NoAnswerMessages.NotFound(question));
}
