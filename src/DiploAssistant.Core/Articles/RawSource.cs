using DiploAssistant.Core.Articles.Identity;

namespace DiploAssistant.Core.Articles;

/// <summary>Bytes as they arrived (file, upload, attachment or fetched URL), before any decoding.</summary>
/// <param name="Uri">Where the bytes came from as shown to users (a path relative to what was loaded, a file name, or a URL); used for ids and citations.</param>
/// <param name="Content">The raw bytes.</param>
/// <param name="MediaType">Content type when known (from HTTP), e.g. "text/html"; null for files (the extension decides).</param>
/// <param name="SourceName">An outlet name given by the user (<c>--source</c>), overriding what the page says.</param>
public sealed record RawSource(string Uri, ReadOnlyMemory<byte> Content, string? MediaType = null, string? SourceName = null)
{
    /// <summary>The identity of the input (canonical path, URL, upload name and content); null for bytes that arrived without one (an upload: set from its name and content).</summary>
    public DocumentOrigin? Origin { get; init; }
}
