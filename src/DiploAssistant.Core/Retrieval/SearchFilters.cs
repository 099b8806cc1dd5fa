namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// Restrictions on what may be retrieved. <see cref="AsOf"/> hides articles published after that date and favours recent ones;
/// <see cref="DocumentIds"/> keeps only those documents (a watch reads the articles a load just stored).
/// </summary>
public sealed record SearchFilters(
    DateOnly? From = null,
    DateOnly? To = null,
    DateOnly? AsOf = null,
    string? Source = null,
    string? Language = null,
    IReadOnlyList<string>? DocumentIds = null)
{
    public static SearchFilters None { get; } = new();

    /// <summary>The latest publication date allowed, combining <see cref="To"/> and <see cref="AsOf"/>.</summary>
    public DateOnly? LatestAllowed => (To, AsOf) switch
    {
        (null, null) => null,
        (null, var a) => a,
        (var t, null) => t,
        (var t, var a) => t < a ? t : a,
    };
}
