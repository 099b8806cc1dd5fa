using DiploAssistant.Core.Analysis.Briefs;
using DiploAssistant.Core.Analysis.Timelines;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Articles;
using DiploAssistant.Web.Api.Ask;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Web.Api.Analysis;

/// <summary>
/// <c>POST /api/timeline</c> → the timeline JSON, <c>POST /api/brief</c> → the brief JSON. Like <c>/api/ask</c>: open to
/// read, the same body limit, rate budget and answering slots (<see cref="AskGate"/>); bad input is a 400 ProblemDetails.
/// </summary>
internal static class AnalysisEndpoints
{
    public static async Task<Results<Ok<Timeline>, ProblemHttpResult>> TimelineAsync(
        TimelineRequestBody body,
        HttpResponse response,
        TimelineService timelines,
        IOptions<AnsweringOptions> answering,
        AskGate gate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Invalid(body.Query, "query", answering.Value.MaxQuestionCharacters) is { } invalid)
        {
            return invalid;
        }

        if (body.From > body.To)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The dates are reversed", detail: $"from ({body.From:yyyy-MM-dd}) comes after to ({body.To:yyyy-MM-dd}).");
        }

        using var lease = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            return Busy(response);
        }

        var timeline = await timelines.BuildAsync(body.Query!.Trim(), body.From, body.To, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(timeline with { Events = [.. timeline.Events.Select(e => e with { Citations = Safe(e.Citations) })] });
    }

    public static async Task<Results<Ok<EntityBrief>, ProblemHttpResult>> BriefAsync(
        BriefRequestBody body,
        HttpResponse response,
        EntityBriefService briefs,
        IOptions<AnsweringOptions> answering,
        AskGate gate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Invalid(body.Name, "name", answering.Value.MaxQuestionCharacters) is { } invalid)
        {
            return invalid;
        }

        if (BriefQuery.Name(body.Name!).Length == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The name is empty", detail: "Send JSON {\"name\": \"…\"} with a person's name.");
        }

        using var lease = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            return Busy(response);
        }

        var brief = await briefs.BriefAsync(body.Name!.Trim(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(brief with
        {
            Roles = [.. brief.Roles.Select(r => r with { Citations = Safe(r.Citations) })],
            Events = [.. brief.Events.Select(e => e with { Citations = Safe(e.Citations) })],
        });
    }

    /// <summary>Links as <c>/api/ask</c> lets them through (<see cref="ApiAnswerLinks"/>).</summary>
    private static List<Citation> Safe(IReadOnlyList<Citation> citations) =>
        [.. citations.Select(c => c with { Url = ApiAnswerLinks.SafeUrl(c.Url), Uri = UrlUserInfo.Strip(c.Uri) })];

    private static ProblemHttpResult? Invalid(string? text, string field, int limit)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {field} is empty", detail: $"Send JSON {{\"{field}\": \"…\"}} with the {field} as text.");
        }

        return value.Length > limit
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {field} is too long", detail: $"The {field} has {value.Length} characters; the limit is {limit}.")
            : null;
    }

    private static ProblemHttpResult Busy(HttpResponse response)
    {
        response.Headers.RetryAfter = "1";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Too many requests at once",
            detail: "Every answering slot and the queue behind them are taken. Try again after Retry-After.");
    }
}
