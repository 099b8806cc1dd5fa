using DiploAssistant.Core.Answering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Server.Api;

/// <summary><c>POST /api/ask</c>: a question (with optional filters) → Answer JSON.</summary>
internal static class AskEndpoints
{
    public static async Task<Results<Ok<Answer>, ProblemHttpResult>> AskAsync(
        AskRequestBody body, IAskService askService, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var question = body.Question?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The question is empty");
        }

        var limit = options.Value.MaxQuestionCharacters;
        if (question.Length > limit)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The question is too long",
                detail: $"The question has {question.Length} characters; the limit is {limit}.");
        }

        var answer = await askService.AskAsync(
            new AskRequest(question, body.Filters?.ToSearchFilters(), body.ConversationId), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(answer);
    }
}
