using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Tests.Articles;

/// <summary>Parses the repository's sample articles the way the product does.</summary>
internal static class SampleArticles
{
    public static IReadOnlyList<Article> Parse(string idPrefix)
    {
        var path = RepositoryPaths.Sample(idPrefix);
        var results = new ArticleParser(new IngestionOptions()).Parse(new RawSource(path, File.ReadAllBytes(path)));
        Assert.All(results, r => Assert.True(r.Succeeded, r.FailureReason));
        return results.Select(r => r.Article!).ToList();
    }

    public static Article First(string idPrefix) => Parse(idPrefix)[0];
}
