using System.Runtime.CompilerServices;
using System.Text;

namespace DiploAssistant.Core.Articles.Formats;

/// <summary>
/// Reads a <c>.jsonl</c> dump line by line from a stream, holding one line at a time: a line over the per-article limit is
/// skipped unread and reported, as is one that is not UTF-8 or holds a NUL byte; blank lines are passed over (numbers still count them).
/// </summary>
internal static class JsonLinesStream
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async IAsyncEnumerable<DumpLine> ReadAsync(Stream stream, long maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkBytes];
        var line = new MemoryStream();
        var number = 1;
        var skipping = false;
        var first = true;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!skipping)
                {
                    line.Write(chunk, start, end - start);
                    skipping = line.Length > maxLineBytes;
                }

                if (newline < 0)
                {
                    break;
                }

                if (Finish(line, number, skipping, maxLineBytes, ref first) is { } done)
                {
                    yield return done;
                }

                number++;
                skipping = false;
                line.SetLength(0);
                start = newline + 1;
            }
        }

        if (Finish(line, number, skipping, maxLineBytes, ref first) is { } last)
        {
            yield return last;
        }
    }

    private static DumpLine? Finish(MemoryStream line, int number, bool skipped, long maxLineBytes, ref bool first)
    {
        if (skipped)
        {
            first = false;
            return new DumpLine(number, null, $"line {number} is too large for one article (over {maxLineBytes:N0} bytes)");
        }

        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (first && bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }

        first = false;
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new DumpLine(number, null, "the line holds NUL bytes (binary data), not text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            return new DumpLine(number, null, "the line is not valid UTF-8 text");
        }

        return text.Length == 0 ? null : new DumpLine(number, text, null);
    }
}
