using System.Text;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Formats;

/// <summary>Bytes to text: UTF-8 (strict, BOM optional), UTF-16 with a BOM, or an HTML page's declared charset (EUC-KR…); refuses empty and binary input.</summary>
internal static partial class TextDecoder
{
    private const double MaxControlRatio = 0.05;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? mediaType, bool sniffHtmlCharset)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Fail("the input is empty");
        }

        string text;
        try
        {
            if (bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                text = StrictUtf8.GetString(bytes[3..]);
            }
            else if (bytes is [0xFF, 0xFE, ..])
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else if (bytes is [0xFE, 0xFF, ..])
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else if (bytes.Contains((byte)0))
            {
                return DecodedText.Fail("it looks like a binary file (it contains NUL bytes), not text");
            }
            else if (DeclaredEncoding(bytes, mediaType, sniffHtmlCharset) is { } declared)
            {
                text = declared.GetString(bytes);
            }
            else
            {
                text = StrictUtf8.GetString(bytes);
            }
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Fail("it is not valid UTF-8 text (save it as UTF-8 and try again)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Fail("the input is empty (only whitespace)");
        }

        return LooksBinary(text)
            ? DecodedText.Fail("it looks like a binary file (too many control characters), not text")
            : DecodedText.Ok(text);
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        var control = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD' || c == '\0')
            {
                control++;
            }
        }

        return control > sample.Length * MaxControlRatio;
    }

    /// <summary>A non-UTF-8 charset named by the content type or, for HTML, a meta tag near the top; null means read as UTF-8.</summary>
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes, string? mediaType, bool sniffHtmlCharset)
    {
        var name = mediaType is null ? null : Charset().Match(mediaType) is { Success: true } m ? m.Groups[1].Value : null;
        if (name is null && sniffHtmlCharset)
        {
            var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
            var meta = Charset().Match(head);
            name = meta.Success ? meta.Groups[1].Value : null;
        }

        if (name is null || name.Replace("-", string.Empty, StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            // Looked up from the code-pages provider directly, so no process-wide registration is needed.
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
