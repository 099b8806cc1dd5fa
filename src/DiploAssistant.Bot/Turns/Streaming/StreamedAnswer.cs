using DiploAssistant.Core.Answering;

namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>
/// How a streamed answer ended: the checked answer and the channel's id for the message that shows it, or — when the user
/// pressed Stop — neither, and nothing more was sent.
/// </summary>
internal sealed record StreamedAnswer(Answer? Answer, string? MessageId)
{
    public bool Cancelled => Answer is null;
}
