using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using DiploAssistant.Core.Answering;
using Microsoft.AspNetCore.Mvc;

namespace DiploAssistant.Web.Api.Ask;

/// <summary>
/// <c>POST /api/ask</c> as server-sent events: a <c>delta</c> event (<see cref="AnswerDelta"/>) per piece of text the
/// model writes, then one <c>answer</c> event with the Answer JSON (validated markers and citations; it replaces the
/// streamed text), then the stream closes. A failure after the stream began ends it with one <c>error</c> event
/// (ProblemDetails) instead of the answer.
/// </summary>
internal static partial class AskEventStream
{
    public const string DeltaEvent = "delta";
    public const string AnswerEvent = "answer";
    public const string ErrorEvent = "error";

    public static async IAsyncEnumerable<SseItem<object>> FromAsync(
        Func<CancellationToken, IAsyncEnumerable<AnswerStreamUpdate>> ask, ILogger logger, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(logger);
        var updates = ask(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                SseItem<object> item;
                try
                {
                    item = await updates.MoveNextAsync().ConfigureAwait(false)
                        ? ToEvent(updates.Current)
                        : Error("The answer stream ended without an answer");
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // The status line is long gone: the client learns of the failure from the stream itself.
                    LogStreamFailed(logger, ex);
                    item = Error("The answer could not be completed");
                }

                yield return item;
                if (item.EventType != DeltaEvent)
                {
                    yield break;
                }
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static SseItem<object> ToEvent(AnswerStreamUpdate update) => update.Answer is { } answer
        ? new SseItem<object>(answer, AnswerEvent)
        : new SseItem<object>(new AnswerDelta(update.Delta ?? string.Empty), DeltaEvent);

    private static SseItem<object> Error(string title) =>
        new(new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = title }, ErrorEvent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Streaming an answer on /api/ask failed")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception);
}
