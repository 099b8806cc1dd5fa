using System.Runtime.CompilerServices;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// Answers a question: a follow-up is first rewritten as a standalone question from its conversation's recent turns,
/// evidence is retrieved for that with the hybrid retriever, and the configured generator writes a cited answer; the
/// turn is then remembered for the next follow-up.
/// </summary>
public sealed class AskService : IAskService, IStreamingAskService
{
    private readonly HybridRetriever _retriever;
    private readonly IAnswerGenerator _generator;
    private readonly AnsweringOptions _options;
    private readonly QuestionRewriter _rewriter;
    private readonly IConversationStore? _conversations;
    private readonly TimeProvider _time;

    /// <summary>Without conversations: every question stands alone.</summary>
    public AskService(HybridRetriever retriever, IAnswerGenerator generator, IOptions<AnsweringOptions> options)
        : this(retriever, generator, options, new QuestionRewriter(NullLogger<QuestionRewriter>.Instance), null, TimeProvider.System)
    {
    }

    public AskService(
        HybridRetriever retriever,
        IAnswerGenerator generator,
        IOptions<AnsweringOptions> options,
        QuestionRewriter rewriter,
        IConversationStore? conversations,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rewriter);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _retriever = retriever;
        _generator = generator;
        _options = options.Value;
        _rewriter = rewriter;
        _conversations = conversations;
        _time = timeProvider;
    }

    public async Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prepared.Refusal is { } refusal)
        {
            return refusal;
        }

        var answer = await GenerateAsync(prepared, cancellationToken).ConfigureAwait(false);
        return await RememberAsync(request, prepared, answer, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AnswerStreamUpdate> AskStreamingAsync(AskRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prepared.Refusal is { } refusal)
        {
            yield return AnswerStreamUpdate.Final(refusal);
            yield break;
        }

        if (_generator is not IStreamingAnswerGenerator streaming)
        {
            var whole = await GenerateAsync(prepared, cancellationToken).ConfigureAwait(false);
            yield return AnswerStreamUpdate.Final(await RememberAsync(request, prepared, whole, cancellationToken).ConfigureAwait(false));
            yield break;
        }

        await foreach (var update in streaming.StreamAsync(prepared.Standalone, prepared.Evidence, prepared.Scope ?? SearchFilters.None, cancellationToken).ConfigureAwait(false))
        {
            yield return update.Answer is { } answer
                ? AnswerStreamUpdate.Final(await RememberAsync(request, prepared, answer, cancellationToken).ConfigureAwait(false))
                : update;
        }
    }

    private async Task<PreparedQuestion> PrepareAsync(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = request.Question.Trim();
        if (question.Length == 0)
        {
            return PreparedQuestion.Refused(Answer.NotAnswered(question, "empty question", NoAnswerMessages.EmptyQuestion));
        }

        if (question.Length > _options.MaxQuestionCharacters)
        {
            return PreparedQuestion.Refused(Answer.NotAnswered(
                question[.._options.MaxQuestionCharacters],
                NoAnswerMessages.QuestionTooLongReason(question, _options.MaxQuestionCharacters),
                NoAnswerMessages.QuestionTooLong(question, _options.MaxQuestionCharacters)));
        }

        var history = _conversations is not null && request.ConversationId is { Length: > 0 } id
            ? await _conversations.GetRecentAsync(id, cancellationToken).ConfigureAwait(false)
            : [];
        var standalone = await _rewriter.RewriteAsync(question, history, cancellationToken).ConfigureAwait(false);

        // A follow-up prefers the previous answer's documents: retrieve more, boost theirs, keep the best.
        var preferred = FollowUpPreference.DocumentsFor(question, history);
        var wanted = preferred.Count == 0 ? _options.EvidenceChunks : _options.EvidenceChunks * 2;
        var scope = TimeOfAsking.Scope(standalone, request.Filters ?? SearchFilters.None, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
        var retrieved = await _retriever.RetrieveAsync(standalone, scope, wanted, cancellationToken).ConfigureAwait(false);
        var evidence = FollowUpPreference.Apply(retrieved, preferred, _options.EvidenceChunks);
        return new PreparedQuestion(question, standalone, evidence, null, preferred, scope);
    }

    private Task<Answer> GenerateAsync(PreparedQuestion prepared, CancellationToken cancellationToken) =>
        FollowUpAnswering.GenerateAsync(
            _generator, prepared.Standalone, prepared.Evidence, prepared.Scope ?? SearchFilters.None, prepared.Preferred ?? new HashSet<string>(), cancellationToken);

    /// <summary>Records the turn, and reports the question as the user asked it (not the rewrite).</summary>
    private async Task<Answer> RememberAsync(AskRequest request, PreparedQuestion prepared, Answer answer, CancellationToken cancellationToken)
    {
        if (_conversations is not null && request.ConversationId is { Length: > 0 } id)
        {
            var cited = answer.Citations.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).ToList();
            var turn = new ConversationTurn(prepared.Question, prepared.Standalone, answer.Text, _time.GetUtcNow(), cited);
            await _conversations.AppendAsync(id, turn, cancellationToken).ConfigureAwait(false);
        }

        return await WithOtherOutletsAsync(answer with { Question = prepared.Question }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each citation of a story with wire copies names the other articles that carried it.</summary>
    private async Task<Answer> WithOtherOutletsAsync(Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Citations.Count == 0)
        {
            return answer;
        }

        var ids = answer.Citations.Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal);
        var clusters = await _retriever.GetClustersAsync(ids, cancellationToken).ConfigureAwait(false);
        return clusters.Count == 0 ? answer : answer with { Citations = CitationClusters.Attach(answer.Citations, clusters) };
    }
}
