using System.Runtime.CompilerServices;
using System.Text;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Answering.Model;

/// <summary>
/// Writes a fluent answer with a chat model from numbered, fenced sources (<c>prompts/answer.txt</c>), in the question's
/// language, then enforces citation discipline: markers are validated against the sources given, and an answer left
/// without a valid citation becomes the extractive answer (or its refusal). When the model cannot be used, the
/// extractive answer is given with a note saying so; when the model says the sources do not answer, the user is told so.
/// </summary>
public sealed partial class ModelAnswerGenerator : IStreamingAnswerGenerator
{
    /// <summary>What the model replies when the sources do not answer (prompts/no-answer.txt).</summary>
    public const string NoAnswerMarker = "NO_ANSWER";

    private readonly IChatClient _chat;
    private readonly ExtractiveAnswerGenerator _extractive;
    private readonly PromptTemplates _prompts;
    private readonly ILogger<ModelAnswerGenerator> _logger;

    public ModelAnswerGenerator(IChatClient chat, ExtractiveAnswerGenerator extractive, PromptTemplates prompts, ILogger<ModelAnswerGenerator> logger)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(extractive);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(logger);
        _chat = chat;
        _extractive = extractive;
        _prompts = prompts;
        _logger = logger;
    }

    public async Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0)
        {
            return await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false);
        }

        string text;
        try
        {
            var response = await _chat.GetResponseAsync(BuildPrompt(question, evidence), cancellationToken: cancellationToken).ConfigureAwait(false);
            text = response.Text;
        }
        catch (Exception ex) when (IsModelFailure(ex, cancellationToken))
        {
            return await OfflineAsync(question, evidence, ex, cancellationToken).ConfigureAwait(false);
        }

        return await CompleteAsync(question, evidence, text, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AnswerStreamUpdate> StreamAsync(
        string question, IReadOnlyList<RetrievedChunk> evidence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0)
        {
            yield return AnswerStreamUpdate.Final(await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false));
            yield break;
        }

        var written = new StringBuilder();
        var held = new NoAnswerHoldBack();
        Exception? failure = null;
        IAsyncEnumerator<ChatResponseUpdate>? updates = null;
        try
        {
            updates = _chat.GetStreamingResponseAsync(BuildPrompt(question, evidence), cancellationToken: cancellationToken)
                .GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                string delta;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    delta = updates.Current.Text;
                }
                catch (Exception ex) when (IsModelFailure(ex, cancellationToken))
                {
                    failure = ex;
                    break;
                }

                written.Append(delta);
                if (held.Release(delta) is { Length: > 0 } shown)
                {
                    yield return AnswerStreamUpdate.Text(shown);
                }
            }
        }
        finally
        {
            if (updates is not null)
            {
                await updates.DisposeAsync().ConfigureAwait(false);
            }
        }

        var answer = failure is null
            ? await CompleteAsync(question, evidence, written.ToString(), cancellationToken).ConfigureAwait(false)
            : await OfflineAsync(question, evidence, failure, cancellationToken).ConfigureAwait(false);
        yield return AnswerStreamUpdate.Final(answer);
    }

    /// <summary>The answer prompt: instructions, the numbered fenced sources, and the (standalone) question.</summary>
    internal IReadOnlyList<ChatMessage> BuildPrompt(string question, IReadOnlyList<RetrievedChunk> evidence)
    {
        var noAnswer = _prompts.RenderText("no-answer", new Dictionary<string, string> { ["marker"] = NoAnswerMarker });
        return _prompts.Render("answer", new Dictionary<string, string>
        {
            ["language"] = NoAnswerMessages.IsKorean(question) ? "Korean" : "English",
            ["no_answer"] = noAnswer,
            ["sources"] = AnswerSources.Format(evidence),
            ["question"] = question,
        });
    }

    private async Task<Answer> CompleteAsync(string question, IReadOnlyList<RetrievedChunk> evidence, string modelText, CancellationToken cancellationToken)
    {
        var text = modelText.Trim();
        if (text.StartsWith(NoAnswerMarker, StringComparison.Ordinal))
        {
            LogModelDeclined();
            return Answer.NotAnswered(question, NoAnswerMessages.WeakEvidence(question), NoAnswerMessages.NotFound(question));
        }

        var sources = QuoteSelector.Select(text, AnswerSources.Citations(evidence));
        var cited = CitationValidator.Validate(text, sources);
        if (cited.RemovedMarkers > 0)
        {
            LogMarkersRemoved(cited.RemovedMarkers);
        }

        if (!cited.HasCitations)
        {
            LogUncited();
            return await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false);
        }

        return new Answer(question, true, cited.Text, null, cited.Citations);
    }

    private async Task<Answer> OfflineAsync(string question, IReadOnlyList<RetrievedChunk> evidence, Exception failure, CancellationToken cancellationToken)
    {
        LogFallback(failure.Message);
        var answer = await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false);
        return OfflineAnswerNote.Append(answer);
    }

    private static bool IsModelFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ModelUnavailableException or HttpRequestException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat model could not be used; giving the offline answer instead: {Reason}")]
    private partial void LogFallback(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The model found no answer in the sources")]
    private partial void LogModelDeclined();

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} citation markers that pointed at no source")]
    private partial void LogMarkersRemoved(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model's answer cited no source; giving the extractive answer instead")]
    private partial void LogUncited();
}
