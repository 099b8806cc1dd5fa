using System.Security.Cryptography;
using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Fingerprints what a stored document was built from: its metadata, text, and the pipeline settings that shape its chunks
/// and vectors. Equal fingerprints mean re-ingesting would change nothing; a new chunk size or embedder changes them.
/// </summary>
internal sealed class ContentHasher(IngestionOptions options, EmbedderIdentity embedder)
{
    // Bump when cleaning, segmenting or chunking changes in a way that should rebuild stored documents.
    private const string PipelineVersion = "1";

    public string Hash(Article article)
    {
        var d = article.Document;
        var builder = new StringBuilder()
            .Append(PipelineVersion).Append('\u001f')
            .Append(embedder).Append('\u001f')
            .Append(options.ChunkCharacters).Append('/').Append(options.ChunkOverlapCharacters).Append('\u001f')
            .Append(d.Title).Append('\u001f')
            .Append(d.Source).Append('\u001f')
            .Append(d.Url).Append('\u001f')
            .Append(d.Uri).Append('\u001f')
            .Append(d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(d.Language).Append('\u001f');
        foreach (var (key, value) in article.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(key).Append('=').Append(value).Append('\u001e');
        }

        builder.Append('\u001f').Append(article.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
