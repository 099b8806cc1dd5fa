using System.Security.Cryptography;
using System.Text;

namespace DiploAssistant.Core.Articles;

/// <summary>Stable, readable document ids: a file's name stem, a dump line's <c>id</c>, or a bounded slug of a URL's host and path.</summary>
public sealed class DocumentIdFactory
{
    /// <summary>Longest id made from a URL; longer slugs are cut and end with a short hash of the full address.</summary>
    public const int MaxUrlIdLength = 100;

    /// <summary>The id for content loaded from <paramref name="uri"/>: a URL slug for http(s) addresses, else the file name without extension.</summary>
    public string FromUri(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        if (WebAddress.TryParse(uri, out var parsed))
        {
            return FromUrl(parsed);
        }

        var stem = SafeStem(Path.GetFileNameWithoutExtension(uri.TrimEnd('/', '\\')));
        return stem.Length > 0 ? stem : Slug(uri) is { Length: > 0 } slug ? slug : "document";
    }

    /// <summary>
    /// A file name stem that every client can address in <c>/api/documents/{id}</c>: control characters (NUL, CR, LF),
    /// path separators and the characters URLs and story ids give meaning to (<c>#</c>, <c>?</c>, <c>%</c>) become <c>-</c>.
    /// </summary>
    private static string SafeStem(string stem)
    {
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            var unsafeChar = char.IsControl(c) || char.IsSurrogate(c) || c is '/' or '\\' or '#' or '?' or '%' or '\u2028' or '\u2029';
            if (!unsafeChar)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim().Trim('-', '.').Trim();
        return safe.Length > MaxUrlIdLength ? safe[..MaxUrlIdLength].TrimEnd('-', ' ') : safe;
    }

    /// <summary>"www.cnn.com/2022/06/12/media/squid-game/index.html" becomes "cnn.com-2022-06-12-media-squid-game".</summary>
    public string FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        var path = url.AbsolutePath;
        var lastSlash = path.LastIndexOf('/');
        var lastDot = path.LastIndexOf('.');
        if (lastDot > lastSlash)
        {
            path = path[..lastDot];
        }

        if (path.EndsWith("/index", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/index".Length];
        }

        var slug = Slug(host + "-" + Uri.UnescapeDataString(path));
        var needsHash = slug.Length > MaxUrlIdLength || url.Query.Length > 1;
        if (!needsHash)
        {
            return slug;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..8];
        var room = MaxUrlIdLength - hash.Length - 1;
        return (slug.Length > room ? slug[..room].TrimEnd('-') : slug) + "-" + hash;
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-', '.');
    }
}
