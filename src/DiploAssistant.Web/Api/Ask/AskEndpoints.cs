using DiploAssistant.Core.Answering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DiploAssistant.Web.Api.Ask;

/// <summary>
/// <c>POST /api/ask</c>: a question (with optional filters) → Answer JSON; with <c>Accept: text/event-stream</c>, the
/// answer as server-sent events while it is written (<see cref="AskEventStream"/>).
/// </summary>
internal static class AskEndpoints
{
    public static async Task<Results<Ok<Answer>, ServerSentEventsResult<object>, ProblemHttpResult>> AskAsync(
        AskRequestBody body,
        HttpRequest http,
        IAskService askService,
        IStreamingAskService streamingAskService,
        IOptions<AnsweringOptions> answering,
        AskGate gate,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var question = body.Question?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The question is empty", detail: "Send JSON {\"question\": \"…\"} with the question as text.");
        }

        var limit = answering.Value.MaxQuestionCharacters;
        if (question.Length > limit)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The question is too long",
                detail: $"The question has {question.Length} characters; the limit is {limit}.");
        }

        // The caller's conversation id lives in the API's own namespace: it can neither read nor extend a chat's memory.
        var request = new AskRequest(question, body.Filters?.ToSearchFilters(), ConversationKeys.ForApi(body.ConversationId));
        var lease = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        http.HttpContext.Response.RegisterForDispose(lease); // held until the answer (or the whole event stream) is written
        if (!lease.IsAcquired)
        {
            http.HttpContext.Response.Headers.RetryAfter = "1";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Too many questions at once",
                detail: "Every answering slot and the queue behind them are taken. Try again after Retry-After.");
        }

        if (WantsEventStream(http))
        {
            var logger = loggerFactory.CreateLogger(typeof(AskEndpoints));
            return TypedResults.ServerSentEvents(AskEventStream.FromAsync(ct => ApiAnswerLinks.SanitizeAsync(streamingAskService.AskStreamingAsync(request, ct), ct), logger));
        }

        var answer = await askService.AskAsync(request, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ApiAnswerLinks.Sanitize(answer));
    }

    /// <summary>Whether the client listed <c>text/event-stream</c> in <c>Accept</c> (with a quality above 0).</summary>
    private static bool WantsEventStream(HttpRequest http) =>
        MediaTypeHeaderValue.TryParseList(http.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0.0);
}
