using System.Security.Cryptography;
using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Fingerprints what a stored document was built from: its origin, metadata, text, and the pipeline settings that shape
/// its chunks and vectors. Equal fingerprints mean re-ingesting would change nothing; a new chunk size or embedder changes
/// them. The fingerprint starts with the origin's tag (<c>1a2b3c4d:…</c>), so the store tells which input owns an id.
/// </summary>
internal sealed class ContentHasher(IngestionOptions options, EmbedderIdentity embedder)
{
    // Bump when cleaning, segmenting or chunking changes in a way that should rebuild stored documents.
    private const string PipelineVersion = "1";

    /// <summary>The origin tag a fingerprint starts with, or null for one written by an earlier version (64 hex digits, no tag).</summary>
    public static string? OriginTagOf(string storedHash) =>
        storedHash.Length > 9 && storedHash[8] == ':' ? storedHash[..8] : null;

    /// <summary>The fingerprint: origin tag, then SHA-256 over everything but where the input was named from (its display uri).</summary>
    public string Hash(Article article, string originTag) =>
        originTag + ":" + Digest(article, uri: null);

    /// <summary>What an earlier version stored for this article had it been loaded as <paramref name="uri"/>.</summary>
    public string LegacyHash(Article article, string uri) => Digest(article, uri);

    private string Digest(Article article, string? uri)
    {
        var d = article.Document;
        var builder = new StringBuilder()
            .Append(PipelineVersion).Append('\u001f')
            .Append(embedder).Append('\u001f')
            .Append(options.ChunkCharacters).Append('/').Append(options.ChunkOverlapCharacters).Append('\u001f')
            .Append(d.Title).Append('\u001f')
            .Append(d.Source).Append('\u001f')
            .Append(d.Url).Append('\u001f');
        if (uri is not null)
        {
            builder.Append(uri).Append('\u001f');
        }

        builder
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
