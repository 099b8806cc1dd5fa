namespace DiploAssistant.Core.Articles.Metadata;

/// <summary>What is known about a page as a whole, before it is split into stories.</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    IReadOnlyDictionary<string, string> Metadata);
