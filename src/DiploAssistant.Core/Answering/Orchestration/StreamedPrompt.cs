using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>
/// One streamed answer prompt, read delta by delta so the orchestrator can catch a failure at any read (the prompt is
/// prepared on the first read, so a failure there is caught the same way).
/// </summary>
internal sealed class StreamedPrompt(KernelAnswerOrchestrator orchestrator, string question, SourceLedger ledger, bool tools, CancellationToken cancellationToken)
    : IAsyncDisposable
{
    private IAsyncEnumerator<string>? _deltas;

    /// <summary>The next text delta, or null when the model has finished.</summary>
    public async Task<string?> NextAsync()
    {
        if (_deltas is null)
        {
            var (kernel, function, arguments) = await orchestrator.PrepareAsync(question, ledger, tools, cancellationToken).ConfigureAwait(false);
            _deltas = function.InvokeStreamingAsync<string>(kernel, arguments, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }

        return await _deltas.MoveNextAsync().ConfigureAwait(false) ? _deltas.Current ?? "" : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_deltas is not null)
        {
            await _deltas.DisposeAsync().ConfigureAwait(false);
        }
    }
}
