namespace DiploAssistant.Core.Articles.Formats;

/// <summary>Chooses the format from the content type when one was given, else from the file extension; web addresses without either are sniffed.</summary>
internal static class InputFormatDetector
{
    public static IReadOnlyList<string> SupportedExtensions { get; } =
        [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson"];

    public static InputFormat Detect(RawSource source)
    {
        var fromMediaType = FromMediaType(source.MediaType);
        if (fromMediaType != InputFormat.Unsupported)
        {
            return fromMediaType;
        }

        var fromExtension = FromExtension(ExtensionOf(source.Uri));
        if (fromExtension != InputFormat.Unsupported || !WebAddress.Is(source.Uri))
        {
            return fromExtension;
        }

        var span = source.Content.Span;
        var start = 0;
        while (start < span.Length && start < 1024 && (span[start] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF))
        {
            start++;
        }

        return start < span.Length && span[start] == (byte)'<' ? InputFormat.Html : InputFormat.Text;
    }

    public static InputFormat FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputFormat.Text,
        ".md" or ".markdown" => InputFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".json" => InputFormat.Json,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        _ => InputFormat.Unsupported,
    };

    private static InputFormat FromMediaType(string? mediaType)
    {
        var type = mediaType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        return type switch
        {
            "text/html" or "application/xhtml+xml" => InputFormat.Html,
            "text/markdown" or "text/x-markdown" => InputFormat.Markdown,
            "application/json" => InputFormat.Json,
            "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => InputFormat.JsonLines,
            "text/plain" => InputFormat.Text,
            _ => InputFormat.Unsupported,
        };
    }

    private static string ExtensionOf(string uri)
    {
        var path = WebAddress.TryParse(uri, out var parsed) ? parsed.AbsolutePath : uri;
        return Path.GetExtension(path);
    }
}
