using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Conversations;

/// <summary>One question and answer of a conversation, kept so that follow-ups can be understood.</summary>
/// <param name="Question">What the user asked.</param>
/// <param name="StandaloneQuestion">The question as retrieved (rewritten when it was a follow-up).</param>
/// <param name="Answer">The answer text shown (markers included).</param>
/// <param name="At">When it was answered.</param>
public sealed record ConversationTurn(string Question, string StandaloneQuestion, string Answer, DateTimeOffset At);
