using System.Runtime.CompilerServices;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.Orchestration.Filters;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>
/// Answers with a chat model on a Semantic Kernel <see cref="Kernel"/> from DI: the question's evidence is numbered in a
/// <see cref="SourceLedger"/> and rendered as data in the user turn of <c>prompts/answer_with_search</c> (the model may
/// call the <c>articles</c> plugin for more, bounded in calls, sources and time) or, with <c>Chat:UseTools=false</c> or a
/// model that refuses tools, <c>prompts/answer</c>. The filters check the citations, log redacted, bound the tool calls
/// and keep article text out of the system role. An answer left without a valid citation becomes the extractive answer;
/// one the model could not give (unreachable, too slow, tools past the limit) the extractive answer, marked as such.
/// </summary>
public sealed partial class KernelAnswerOrchestrator : IStreamingAnswerGenerator
{
    /// <summary>What the model replies when the sources do not answer (prompts/no_answer).</summary>
    public const string NoAnswerMarker = "NO_ANSWER";

    private readonly IServiceProvider _services;
    private readonly PromptLibrary _prompts;
    private readonly ExtractiveAnswerGenerator _extractive;
    private readonly ChatModelOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<KernelAnswerOrchestrator> _logger;

    public KernelAnswerOrchestrator(
        IServiceProvider services,
        PromptLibrary prompts,
        ExtractiveAnswerGenerator extractive,
        IOptions<ChatModelOptions> options,
        TimeProvider timeProvider,
        ILogger<KernelAnswerOrchestrator> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(extractive);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _services = services;
        _prompts = prompts;
        _extractive = extractive;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
    }

    public Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken) =>
        GenerateAsync(question, evidence, SearchFilters.None, cancellationToken);

    public async Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, SearchFilters scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(scope);
        if (evidence.Count == 0)
        {
            return await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false);
        }

        using var budget = Budget(cancellationToken);
        var tools = _options.UseTools;
        while (true)
        {
            var ledger = new SourceLedger(evidence, _options, scope);
            try
            {
                var (kernel, function, arguments) = await PrepareAsync(question, ledger, tools, budget.Token).ConfigureAwait(false);
                await function.InvokeAsync(kernel, arguments, budget.Token).ConfigureAwait(false);
                return await FinishAsync(question, evidence, ledger, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (tools && RefusesTools(ex))
            {
                LogToolsRefused(ex.Message);
                tools = false;
            }
            catch (Exception ex) when (IsModelFailure(ex, cancellationToken))
            {
                return await OfflineAsync(question, evidence, ex, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public IAsyncEnumerable<AnswerStreamUpdate> StreamAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken) =>
        StreamAsync(question, evidence, SearchFilters.None, cancellationToken);

    public async IAsyncEnumerable<AnswerStreamUpdate> StreamAsync(
        string question, IReadOnlyList<RetrievedChunk> evidence, SearchFilters scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(scope);
        if (evidence.Count == 0)
        {
            yield return AnswerStreamUpdate.Final(await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false));
            yield break;
        }

        using var budget = Budget(cancellationToken);
        var tools = _options.UseTools;
        var shownAny = false;
        while (true)
        {
            var ledger = new SourceLedger(evidence, _options, scope);
            var held = new NoAnswerHoldBack();
            Exception? failure = null;
            var stream = new StreamedPrompt(this, question, ledger, tools, budget.Token);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    string? delta;
                    try
                    {
                        delta = await stream.NextAsync().ConfigureAwait(false);
                    }
                    catch (Exception ex) when (IsModelFailure(ex, cancellationToken) || (tools && RefusesTools(ex)))
                    {
                        failure = ex;
                        break;
                    }

                    if (delta is null)
                    {
                        break;
                    }

                    if (held.Release(delta) is { Length: > 0 } shown)
                    {
                        shownAny = true;
                        yield return AnswerStreamUpdate.Text(shown);
                    }
                }
            }

            if (failure is not null && tools && !shownAny && RefusesTools(failure))
            {
                LogToolsRefused(failure.Message);
                tools = false;
                continue;
            }

            var answer = failure is null
                ? await FinishAsync(question, evidence, ledger, cancellationToken).ConfigureAwait(false)
                : await OfflineAsync(question, evidence, failure, cancellationToken).ConfigureAwait(false);
            yield return AnswerStreamUpdate.Final(answer);
            yield break;
        }
    }

    /// <summary>A kernel for this answer (from DI, with the ledger in its data), the answer prompt and its arguments.</summary>
    internal async Task<(Kernel Kernel, KernelFunction Function, KernelArguments Arguments)> PrepareAsync(
        string question, SourceLedger ledger, bool tools, CancellationToken cancellationToken)
    {
        var kernel = _services.GetRequiredService<Kernel>();
        kernel.Data[SourceLedger.Key] = ledger;
        var noAnswer = await _prompts.RenderAsync(AnswerPrompts.NoAnswer, kernel, new KernelArguments { ["marker"] = NoAnswerMarker }, cancellationToken)
            .ConfigureAwait(false);
        var arguments = new KernelArguments
        {
            ["language"] = NoAnswerMessages.IsKorean(question) ? "Korean" : "English",
            ["no_answer"] = noAnswer,
            ["sources"] = AnswerSources.Format(ledger.Chunks),
            ["question"] = question,
        };
        return (kernel, _prompts.Function(tools ? AnswerPrompts.AnswerWithSearch : AnswerPrompts.Answer), arguments);
    }

    private async Task<Answer> FinishAsync(string question, IReadOnlyList<RetrievedChunk> evidence, SourceLedger ledger, CancellationToken cancellationToken)
    {
        var result = ledger.Checked;
        if (result is { IsDeclined: true })
        {
            LogModelDeclined();
            return Answer.NotAnswered(question, NoAnswerMessages.WeakEvidence(question), NoAnswerMessages.NotFound(question));
        }

        if (result?.Cited is { } cited && cited.RemovedMarkers > 0)
        {
            LogMarkersRemoved(cited.RemovedMarkers);
        }

        if (result is { IsGrounded: true, Cited: { } grounded })
        {
            LogAnswered(ledger.ToolCalls, ledger.Count - ledger.Initial);
            return new Answer(question, true, grounded.Text, null, grounded.Citations);
        }

        var extractive = await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false);
        if (ledger.LimitReached)
        {
            LogUncitedAfterLimit(ledger.ToolCalls);
            return ModelFallbackNote.Append(extractive);
        }

        LogUncited();
        return extractive;
    }

    private async Task<Answer> OfflineAsync(string question, IReadOnlyList<RetrievedChunk> evidence, Exception failure, CancellationToken cancellationToken)
    {
        LogFallback(failure.GetType().Name, failure.Message);
        var answer = await _extractive.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false);
        return failure is UnsafePromptException or KernelException ? ModelFallbackNote.Append(answer) : OfflineAnswerNote.Append(answer);
    }

    /// <summary>The caller's token, cut off after <see cref="ChatModelOptions.MaxAnswerSeconds"/>.</summary>
    private AnswerBudget Budget(CancellationToken cancellationToken) =>
        new(TimeSpan.FromSeconds(_options.MaxAnswerSeconds), _time, cancellationToken);

    /// <summary>A request the model refused outright (HTTP 4xx other than 401/403/404/408/429): most likely the tools it cannot take.</summary>
    private static bool RefusesTools(Exception exception) =>
        exception is ModelUnavailableException { IsTransient: false, InnerException: System.ClientModel.ClientResultException { Status: 400 or 422 } };

    private static bool IsModelFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ModelUnavailableException or HttpRequestException or TimeoutException or UnsafePromptException or KernelException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat model could not be used; giving the extractive answer instead ({Failure}): {Reason}")]
    private partial void LogFallback(string failure, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat model refused the request with tools; answering in one pass without them: {Reason}")]
    private partial void LogToolsRefused(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The model found no answer in the sources")]
    private partial void LogModelDeclined();

    [LoggerMessage(Level = LogLevel.Information, Message = "The model answered after {ToolCalls} tool calls, which added {Added} sources")]
    private partial void LogAnswered(int toolCalls, int added);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} citation markers that pointed at no source")]
    private partial void LogMarkersRemoved(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model's answer cited no source; giving the extractive answer instead")]
    private partial void LogUncited();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model called tools past the limit ({ToolCalls} calls) without a cited answer; giving the extractive answer, marked")]
    private partial void LogUncitedAfterLimit(int toolCalls);
}
