using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Evaluation.Judging;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Evaluation;

/// <summary>
/// Runs a question set through retrieval and answering, as users would meet them, and scores each question:
/// rank of the right document, expected text in the answer, citations on the right documents, refusals where due; with
/// a chat model and <c>judge</c>, also each answer's groundedness and relevance by the <see cref="AnswerJudge"/>.
/// </summary>
public sealed class Evaluator(HybridRetriever retriever, IAskService asker, IDocumentStore store, AnswerJudge? judge = null)
{
    private const int RankDepth = 10;

    /// <summary>True when a chat model is configured to judge the answers with.</summary>
    public bool CanJudge => judge is not null;

    public Task<EvaluationReport> EvaluateAsync(IReadOnlyList<EvaluationQuestion> questions, CancellationToken cancellationToken) =>
        EvaluateAsync(questions, judged: false, cancellationToken);

    /// <exception cref="DiploException"><paramref name="judged"/> without a chat model (<see cref="CanJudge"/> false).</exception>
    public async Task<EvaluationReport> EvaluateAsync(IReadOnlyList<EvaluationQuestion> questions, bool judged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var answerJudge = judged
            ? judge ?? throw new DiploException("Judging answers needs a chat model: set Chat:Provider, Chat:Model and Chat:Endpoint.")
            : null;
        var urls = (await store.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => d.Document.Url is not null)
            .ToLookup(d => d.Document.Url!, d => d.Document.Id, StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<QuestionOutcome>();
        for (var i = 0; i < questions.Count; i++)
        {
            outcomes.Add(await EvaluateAsync(questions[i], i + 1, urls, answerJudge, cancellationToken).ConfigureAwait(false));
        }

        return EvaluationReport.From(outcomes, judged);
    }

    private async Task<QuestionOutcome> EvaluateAsync(
        EvaluationQuestion question, int line, ILookup<string, string> documentsByUrl, AnswerJudge? answerJudge, CancellationToken cancellationToken)
    {
        var filters = SearchFilters.None with { AsOf = question.AsOf };
        var gold = GoldDocuments(question, documentsByUrl);
        int? goldRank = null;
        if (question.HasGoldDocuments)
        {
            var ranked = await retriever.RetrieveDocumentsAsync(question.Question, filters, RankDepth, cancellationToken).ConfigureAwait(false);
            var index = ranked.Select(r => r.DocumentId).ToList().FindIndex(id => IsGold(gold, id));
            goldRank = index + 1; // 0 when absent
        }

        var answer = await asker.AskAsync(new AskRequest(question.Question, filters), cancellationToken).ConfigureAwait(false);
        var expected = question.Expected ?? [];
        bool? hit = expected.Count == 0 ? null : expected.Any(e => answer.Text.Contains(e, StringComparison.OrdinalIgnoreCase));
        int? correct = gold.Count == 0 && expected.Count == 0
            ? null
            : answer.Citations.Count(c => IsGold(gold, c.DocumentId) || expected.Any(e => c.Quote.Contains(e, StringComparison.OrdinalIgnoreCase)));
        return new QuestionOutcome(
            question.Id ?? line.ToString(System.Globalization.CultureInfo.InvariantCulture),
            question.Question,
            question.IsAnswerable,
            goldRank,
            answer.Answered,
            question.IsAnswerable ? hit : null,
            answer.Citations.Count,
            correct,
            answer.Text,
            answer.Answered ? null : answer.NoAnswerReason,
            answerJudge is not null && answer.Answered ? await answerJudge.JudgeAsync(answer, cancellationToken).ConfigureAwait(false) : null);
    }

    /// <summary>The right documents by id or URL.</summary>
    private static HashSet<string> GoldDocuments(EvaluationQuestion question, ILookup<string, string> documentsByUrl)
    {
        var ids = new HashSet<string>(question.DocumentIds ?? [], StringComparer.Ordinal);
        foreach (var url in question.Urls ?? [])
        {
            ids.UnionWith(documentsByUrl[url]);
        }

        return ids;
    }

    /// <summary>A page's id names all its stories: <c>page#3</c> is right when <c>page</c> is; <c>page#3</c> names only itself.</summary>
    private static bool IsGold(HashSet<string> gold, string documentId) =>
        gold.Contains(documentId) || gold.Contains(documentId.Split('#')[0]);
}
