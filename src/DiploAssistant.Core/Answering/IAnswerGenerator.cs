using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>Writes a cited answer from retrieved evidence (extractive offline, or a model).</summary>
public interface IAnswerGenerator
{
    /// <param name="question">The (standalone) question.</param>
    /// <param name="evidence">Retrieved chunks, best first.</param>
    Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken);
}
