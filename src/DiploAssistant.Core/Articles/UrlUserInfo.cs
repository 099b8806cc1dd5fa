namespace DiploAssistant.Core.Articles;

/// <summary>
/// The <c>user:password@</c> part of a web address. It is never stored or shown: addresses that become a document's uri or
/// url, or appear in a failure reason, have it removed; a URL the user asks to load with it is refused by the fetcher.
/// </summary>
public static class UrlUserInfo
{
    /// <summary>Whether <paramref name="text"/> is a <c>scheme://</c> address whose authority carries user info.</summary>
    public static bool IsPresent(string? text) => text is not null && Find(text) is { Length: > 0 };

    /// <summary>The text with the user info of a <c>scheme://user:pass@host</c> prefix removed; anything else unchanged.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (start, length) = Find(text) is { } span ? span : (0, 0);
        return length == 0 ? text : string.Concat(text.AsSpan(0, start), text.AsSpan(start + length));
    }

    /// <inheritdoc cref="Strip(string)"/>
    public static string? StripOrNull(string? text) => text is null ? null : Strip(text);

    /// <summary>Where the user info (with its '@') lies: after "://", up to the last '@' before the authority ends.</summary>
    private static (int Start, int Length)? Find(string text)
    {
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0 || !IsScheme(text.AsSpan(0, separator)))
        {
            return null;
        }

        var start = separator + 3;
        var end = text.AsSpan(start).IndexOfAny("/\\?#");
        var authority = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end);
        var at = authority.LastIndexOf('@');
        return at < 0 ? null : (start, at + 1);
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
