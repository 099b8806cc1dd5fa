using DiploAssistant.Core.Articles;

namespace DiploAssistant.Core.Ingestion;

/// <summary>An article with its final document id, its origin's tag and, when it matters, which id it did not take.</summary>
internal sealed record ResolvedArticle(Article Article, string OriginTag, IdentityNote Note, string? NameId);
