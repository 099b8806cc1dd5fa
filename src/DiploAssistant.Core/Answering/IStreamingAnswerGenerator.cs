using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>An answer generator that can show its answer while it is being written (Web Chat, Teams, SSE on /api/ask).</summary>
public interface IStreamingAnswerGenerator : IAnswerGenerator
{
    /// <summary>
    /// Text deltas as the model writes them, then exactly one final update carrying the validated <see cref="Answer"/>.
    /// The final answer replaces everything streamed before it: its markers are renumbered, invalid ones removed, and
    /// after a model failure it is the offline answer instead.
    /// </summary>
    IAsyncEnumerable<AnswerStreamUpdate> StreamAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken);

    /// <summary>The same, for a request with filters, which searches the generator makes stay inside.</summary>
    IAsyncEnumerable<AnswerStreamUpdate> StreamAsync(string question, IReadOnlyList<RetrievedChunk> evidence, SearchFilters scope, CancellationToken cancellationToken) =>
        StreamAsync(question, evidence, cancellationToken);
}
