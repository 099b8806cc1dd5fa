namespace DiploAssistant.Core.Feedback;

/// <summary>A user's reaction to an answer, as the channel reported it (every field but the reaction may be missing).</summary>
/// <param name="ConversationId">The conversation it came from.</param>
/// <param name="RatedId">The id the channel named the rated answer by: its message id (Teams' <c>replyToId</c>) or, for Web Chat, its question's.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="UserId">Who reacted: a user's later reaction to the same answer replaces the earlier one.</param>
/// <param name="Reaction"><see cref="FeedbackReactions.Like"/>, <see cref="FeedbackReactions.Dislike"/>, or what else the channel sent.</param>
/// <param name="Text">The comment typed with it, if any.</param>
/// <param name="At">When it arrived.</param>
public sealed record AnswerFeedback(
    string? ConversationId,
    string? RatedId,
    string? ChannelId,
    string? UserId,
    string Reaction,
    string? Text,
    DateTimeOffset At);
