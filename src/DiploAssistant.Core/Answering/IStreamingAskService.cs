namespace DiploAssistant.Core.Answering;

/// <summary>Answers a question while it is written: for channels that can show partial text (Web Chat, Teams, SSE).</summary>
public interface IStreamingAskService
{
    /// <summary>Text deltas, then one final update with the validated <see cref="Answer"/> (see <see cref="IStreamingAnswerGenerator"/>).</summary>
    IAsyncEnumerable<AnswerStreamUpdate> AskStreamingAsync(AskRequest request, CancellationToken cancellationToken);
}
