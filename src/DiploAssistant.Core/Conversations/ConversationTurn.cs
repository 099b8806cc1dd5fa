using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Conversations;

/// <summary>One question and answer of a conversation, kept so that follow-ups can be understood.</summary>
/// <param name="Question">What the user asked.</param>
/// <param name="StandaloneQuestion">The question as retrieved (rewritten when it was a follow-up).</param>
/// <param name="Answer">The answer text shown (markers included).</param>
/// <param name="At">When it was answered.</param>
/// <param name="CitedDocuments">The documents the answer cited, in citation order (none for a declined question): a follow-up prefers them.</param>
public sealed record ConversationTurn(string Question, string StandaloneQuestion, string Answer, DateTimeOffset At, IReadOnlyList<string>? CitedDocuments = null)
{
    /// <summary>The cited document ids (empty when none were recorded).</summary>
    public IReadOnlyList<string> CitedDocuments { get; init; } = CitedDocuments ?? [];

    public bool Equals(ConversationTurn? other) =>
        other is not null
        && Question == other.Question
        && StandaloneQuestion == other.StandaloneQuestion
        && Answer == other.Answer
        && At == other.At
        && CitedDocuments.SequenceEqual(other.CitedDocuments);

    public override int GetHashCode() => HashCode.Combine(Question, StandaloneQuestion, Answer, At, CitedDocuments.Count);
}
