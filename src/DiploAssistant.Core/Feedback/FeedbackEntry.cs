namespace DiploAssistant.Core.Feedback;

/// <summary>One stored reaction with the answer it rates; <see cref="Answer"/> is null when the channel named an answer the store did not know.</summary>
public sealed record FeedbackEntry(AnswerFeedback Feedback, SentAnswer? Answer);
