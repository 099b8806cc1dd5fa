namespace DiploAssistant.Core.Feedback;

/// <summary>Which feedback to list: arrived at or after <paramref name="Since"/>, with <paramref name="Reaction"/> (both optional).</summary>
public sealed record FeedbackQuery(DateTimeOffset? Since = null, string? Reaction = null)
{
    public static FeedbackQuery All { get; } = new();
}
