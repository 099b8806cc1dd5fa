using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>What the citation check made of the model's text: a refusal (<c>NO_ANSWER</c>), or the text with its checked citations.</summary>
internal sealed record CheckedModelText(bool IsDeclined, CitedAnswerText? Cited)
{
    public static CheckedModelText Declined { get; } = new(true, null);

    /// <summary>True when the text may be shown as a grounded answer: at least one valid citation.</summary>
    public bool IsGrounded => Cited is { HasCitations: true };
}
