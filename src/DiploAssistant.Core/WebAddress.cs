using System.Diagnostics.CodeAnalysis;

namespace DiploAssistant.Core;

/// <summary>What the product treats as a web address: an absolute http or https URI, the only kind it fetches, links or posts to.</summary>
public static class WebAddress
{
    public static bool IsHttp(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? uri)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && IsHttp(parsed))
        {
            uri = parsed;
            return true;
        }

        uri = null;
        return false;
    }

    public static bool Is(string? text) => TryParse(text, out _);
}
