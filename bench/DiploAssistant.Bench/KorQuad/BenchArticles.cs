using System.Security.Cryptography;
using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>Bench documents as the product's articles, with a content hash like ingestion's.</summary>
internal static class BenchArticles
{
    public static Article ToArticle(BenchDocument document) => new(
        new DocumentInfo(document.Id, document.Title, document.Source, null, "bench:" + document.Id, document.Published, document.Language),
        document.Text);

    public static string Hash(BenchDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Title + "\n" + document.Text)));
}
