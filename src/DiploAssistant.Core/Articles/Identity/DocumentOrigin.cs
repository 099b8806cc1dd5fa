using System.Security.Cryptography;
using System.Text;

namespace DiploAssistant.Core.Articles.Identity;

/// <summary>
/// Where a document comes from, as its identity: a file's canonical full path, a URL, a dump record's stated id, or an
/// upload's name and content. Two loads with the same origin are one document; two origins never overwrite each other.
/// The key itself is never stored or shown (a full path is the server's business): only <see cref="Tag"/>, a short hash of it.
/// </summary>
/// <param name="Key">The identity, e.g. <c>file:/srv/news/a.txt</c>, <c>url:https://…</c>, <c>id:abc</c>, <c>upload:a.txt:1f2e…</c>.</param>
/// <param name="Replace">An upload that should replace the document holding its name's id, even when that came from elsewhere.</param>
public sealed record DocumentOrigin(string Key, bool Replace = false)
{
    /// <summary>Where earlier versions (ids from the name alone) recorded this input; lets their documents be recognised, not duplicated.</summary>
    public IReadOnlyList<string> LegacyUris { get; init; } = [];

    /// <summary>
    /// Whether a document an earlier version stored under this input's id is this input's, whatever its content: true
    /// where the old id already came from the origin (a URL, a dump's stated id), false where it came from a bare file name.
    /// </summary>
    public bool OwnsLegacyId => Key.StartsWith("id:", StringComparison.Ordinal) || Key.StartsWith("url:", StringComparison.Ordinal);

    /// <summary>Eight hex digits of SHA-256 over <see cref="Key"/>: told apart by ids and content hashes, revealing nothing.</summary>
    public string Tag => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)))[..8];

    /// <summary>A file on this machine: its canonical full path (relative and absolute names of one file are one origin).</summary>
    public static DocumentOrigin ForFile(string canonicalPath, params string[] legacyUris) =>
        new("file:" + canonicalPath) { LegacyUris = legacyUris.Distinct(StringComparer.Ordinal).ToList() };

    public static DocumentOrigin ForUrl(string url) => new("url:" + url) { LegacyUris = [url] };

    /// <summary>Bytes that arrived without a path (an upload, a chat attachment): their name and their content.</summary>
    public static DocumentOrigin ForUpload(string name, ReadOnlySpan<byte> content, bool replace) =>
        new($"upload:{name}:{Convert.ToHexStringLower(SHA256.HashData(content))}", replace) { LegacyUris = [name] };

    /// <summary>One record of a dump: its stated id when it has one (any dump stating it is the same document), else its line.</summary>
    public DocumentOrigin ForRecord(string? statedId, int item) => statedId is { Length: > 0 }
        ? new DocumentOrigin("id:" + statedId, Replace) { LegacyUris = LegacyUris.Select(u => $"{u}:{item}").ToList() }
        : this with { Key = $"{Key}:{item}", LegacyUris = LegacyUris.Select(u => $"{u}:{item}").ToList() };
}
