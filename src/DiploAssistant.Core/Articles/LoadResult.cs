namespace DiploAssistant.Core.Articles;

/// <summary>One outcome of loading: an article ready to ingest, or an input that was skipped with its reason.</summary>
public sealed record LoadResult(string Uri, Article? Article, string? FailureReason)
{
    public static LoadResult Loaded(Article article) => new(article.Document.Uri, article, null);

    /// <summary>A skipped input, named without any user info its address carried (failure reasons are shown to users).</summary>
    public static LoadResult Failed(string uri, string reason) => new(UrlUserInfo.Strip(uri), null, reason);

    /// <summary>An input passed over on purpose (a file of a type that is never read, found in a folder): reported, not a failure.</summary>
    public static LoadResult Skipped(string uri, string reason) => new(uri, null, reason) { IsSkipped = true };

    public bool IsSkipped { get; init; }

    public bool Succeeded => Article is not null;
}
