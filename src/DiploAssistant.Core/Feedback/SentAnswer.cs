using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Feedback;

/// <summary>
/// An answer as a chat channel showed it, kept so that feedback on it can be read with what it rates (Teams keeps nothing).
/// </summary>
/// <param name="ConversationId">The channel's conversation id (message ids are unique only within one).</param>
/// <param name="MessageId">The id the channel gave the answer's message (Teams: the connector's; Direct Line: the activity's); null when it gave none.</param>
/// <param name="QuestionId">The id of the user's message it answered (Web Chat's vote buttons name the answer by it); null when unknown.</param>
/// <param name="ChannelId">The channel (<c>msteams</c>, <c>directline</c>, <c>webchat</c>…).</param>
/// <param name="Question">What the user asked.</param>
/// <param name="Answer">The answer text, markers included.</param>
/// <param name="Citations">The citations its markers point to.</param>
/// <param name="At">When it was sent.</param>
public sealed record SentAnswer(
    string ConversationId,
    string? MessageId,
    string? QuestionId,
    string? ChannelId,
    string Question,
    string Answer,
    IReadOnlyList<Citation> Citations,
    DateTimeOffset At)
{
    public bool Equals(SentAnswer? other) =>
        other is not null
        && ConversationId == other.ConversationId && MessageId == other.MessageId && QuestionId == other.QuestionId
        && ChannelId == other.ChannelId && Question == other.Question && Answer == other.Answer && At == other.At
        && Citations.SequenceEqual(other.Citations);

    public override int GetHashCode() => HashCode.Combine(ConversationId, MessageId, QuestionId, Question, At);
}
