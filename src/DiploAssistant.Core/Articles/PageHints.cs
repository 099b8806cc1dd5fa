namespace DiploAssistant.Core.Articles;

/// <summary>Metadata a format states outright (HTML meta tags, dump fields); it wins over what cleaning infers from the text.</summary>
internal sealed record PageHints(
    string? Id = null,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    DateOnly? Published = null,
    string? Language = null)
{
    public static PageHints None { get; } = new();

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
