using DiploAssistant.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Answering;

/// <summary>Answers a question: retrieve evidence with the hybrid retriever, then let the configured generator write a cited answer.</summary>
public sealed class AskService(HybridRetriever retriever, IAnswerGenerator generator, IOptions<AnsweringOptions> options) : IAskService
{
    private readonly AnsweringOptions _options = options.Value;

    public async Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = request.Question.Trim();
        if (question.Length == 0)
        {
            return Answer.NotAnswered(question, "empty question", NoAnswerText.EmptyQuestion);
        }

        if (question.Length > _options.MaxQuestionCharacters)
        {
            return Answer.NotAnswered(
                question[.._options.MaxQuestionCharacters],
                $"the question is longer than {_options.MaxQuestionCharacters} characters",
                NoAnswerText.QuestionTooLong(_options.MaxQuestionCharacters));
        }

        var evidence = await retriever.RetrieveAsync(question, request.Filters ?? SearchFilters.None, _options.EvidenceChunks, cancellationToken)
            .ConfigureAwait(false);
        return await generator.GenerateAsync(question, evidence, cancellationToken).ConfigureAwait(false);
    }
}
