using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>
/// Answers every question with one cited sentence about the Korea–EU talks; "nothing…" gets no answer; "crash" throws
/// (when streaming: after the first piece of text).
/// </summary>
internal sealed class FakeAskService : IAskService, IStreamingAskService
{
    public const string AnswerText = "조현 장관은 브뤼셀에서 칼라스 고위대표와 만났다 [1].";
    public const string ArticleUrl = "https://www.example-news.test/politics/korea-eu-strategic-dialogue";
    public const string ArticleTitle = "한국·EU 고위 외교관들, 안보·무역 협력 논의 — 브뤼셀에서 열린 두 번째 전략 대화에서 조현 장관과 카야 칼라스 고위대표가 만나 안보, 국방, 경제, 무역 분야 협력 강화를 논의하다";

    public static readonly string LongQuote = string.Concat(Enumerable.Repeat("한국 외교부 장관 조현이 브뤼셀에서 카야 칼라스와 만나 협력 강화를 논의했다. ", 6));

    public ConcurrentQueue<AskRequest> Requests { get; } = new();

    /// <summary>When set, every answer waits for it: a slow model, for flood tests.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public async Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (request.Question.Contains("crash", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("the fake was told to fail");
        }

        if (request.Question.StartsWith("nothing", StringComparison.OrdinalIgnoreCase))
        {
            return Answer.NotAnswered(request.Question, "no relevant articles", "I found nothing about that in the loaded articles.");
        }

        Citation[] citations =
        [
            new(1, "000_2028b9ba857662b1", ArticleTitle, "The Korea Herald", ArticleUrl, "data/000_2028b9ba857662b1.txt", "2025-06-12", LongQuote, 0.83),
            new(2, "004_fa8377dc520534e5", "Unreferenced article", null, null, "data/004_fa8377dc520534e5.txt", null, "Not used.", 0.1),
        ];
        return new Answer(request.Question, true, AnswerText, null, citations);
    }

    /// <summary>The answer in two pieces, then the whole answer.</summary>
    public async IAsyncEnumerable<AnswerStreamUpdate> AskStreamingAsync(AskRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var crash = request.Question.Contains("crash", StringComparison.OrdinalIgnoreCase);
        var answer = crash ? null : await AskAsync(request, cancellationToken);
        var text = answer?.Text ?? AnswerText;
        var half = text.Length / 2;
        yield return AnswerStreamUpdate.Text(text[..half]);
        if (crash)
        {
            throw new InvalidOperationException("the fake was told to fail while answering");
        }

        yield return AnswerStreamUpdate.Text(text[half..]);
        yield return AnswerStreamUpdate.Final(answer!);
    }
}
