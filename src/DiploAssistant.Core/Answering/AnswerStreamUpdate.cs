namespace DiploAssistant.Core.Answering;

/// <summary>One step of a streamed answer: a text delta, or (last) the validated answer.</summary>
/// <param name="Delta">Text the model just wrote (raw: markers not yet validated), or null on the final update.</param>
/// <param name="Answer">The final, validated answer; null on deltas.</param>
public sealed record AnswerStreamUpdate(string? Delta, Answer? Answer)
{
    public bool IsFinal => Answer is not null;

    public static AnswerStreamUpdate Text(string delta) => new(delta, null);

    public static AnswerStreamUpdate Final(Answer answer) => new(null, answer);
}
