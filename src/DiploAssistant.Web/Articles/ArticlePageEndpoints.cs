using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Web.Articles;

/// <summary>
/// <c>GET /articles/{id}?quote=…</c>: the page a citation of a file-loaded article links to (<see cref="ArticleLink"/>),
/// showing the stored article with the quoted sentence marked; 404 ProblemDetails for an id that is not stored.
/// </summary>
internal static class ArticlePageEndpoints
{
    // The page is text only: no script, no frame, nothing loaded from elsewhere; its own inline style.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IEndpointRouteBuilder MapArticlePages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ArticleLink.RoutePattern, ShowAsync);
        return endpoints;
    }

    internal static async Task<IResult> ShowAsync(HttpContext http, IDocumentStore store, string id, string? quote)
    {
        var article = await StoredArticle.ReadAsync(store, id, http.RequestAborted).ConfigureAwait(false);
        if (article is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No stored article has the id '{id}'.");
        }

        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(ArticlePage.Render(article, quote), "text/html; charset=utf-8");
    }
}
