using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Evaluation;

/// <summary>
/// Runs a question set through retrieval and answering, as users would meet them, and scores each question:
/// rank of the right document, expected text in the answer, citations on the right documents, refusals where due.
/// </summary>
public sealed class Evaluator(HybridRetriever retriever, IAskService asker, IDocumentStore store)
{
    private const int RankDepth = 10;

    public async Task<EvaluationReport> EvaluateAsync(IReadOnlyList<EvaluationQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var urls = (await store.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => d.Document.Url is not null)
            .ToLookup(d => d.Document.Url!, d => d.Document.Id, StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<QuestionOutcome>();
        for (var i = 0; i < questions.Count; i++)
        {
            outcomes.Add(await EvaluateAsync(questions[i], i + 1, urls, cancellationToken).ConfigureAwait(false));
        }

        return EvaluationReport.From(outcomes);
    }

    private async Task<QuestionOutcome> EvaluateAsync(
        EvaluationQuestion question, int line, ILookup<string, string> documentsByUrl, CancellationToken cancellationToken)
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
            answer.Text);
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
