using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>Writes a cited answer from retrieved evidence (extractive offline, or a model).</summary>
public interface IAnswerGenerator
{
    /// <param name="question">The (standalone) question.</param>
    /// <param name="evidence">Retrieved chunks, best first.</param>
    Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken);

    /// <summary>The same, for a request with filters: a generator that searches again (a model's tools) stays inside them.</summary>
    /// <param name="question">The (standalone) question.</param>
    /// <param name="evidence">Retrieved chunks, best first.</param>
    /// <param name="scope">The request's filters (dates, outlet, language, as-of).</param>
    /// <param name="cancellationToken">Cancels the answer.</param>
    Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, SearchFilters scope, CancellationToken cancellationToken) =>
        GenerateAsync(question, evidence, cancellationToken);
}
