using DiploAssistant.Core.Articles.Identity;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Articles;

/// <summary>One cleaned story, ready to chunk: its metadata and its body text (paragraphs separated by blank lines).</summary>
public sealed record Article(DocumentInfo Document, string Text, IReadOnlyDictionary<string, string> Metadata)
{
    public Article(DocumentInfo document, string text)
        : this(document, text, new Dictionary<string, string>())
    {
    }

    /// <summary>The input this story was loaded from, as its identity; null for an article made in code (its uri is then its origin).</summary>
    public DocumentOrigin? Origin { get; init; }
}
