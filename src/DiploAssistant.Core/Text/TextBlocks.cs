namespace DiploAssistant.Core.Text;

/// <summary>
/// Cuts text into blocks no sentence crosses: paragraphs, and lines within them, except that a line starting with a
/// lower-case Latin letter continues the previous one (hard-wrapped English).
/// </summary>
internal static class TextBlocks
{
    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        var blockStart = -1;
        var lineStart = 0;
        var previousLineBlank = true;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (blank)
            {
                if (blockStart >= 0)
                {
                    yield return (blockStart, lineStart);
                    blockStart = -1;
                }
            }
            else if (blockStart < 0)
            {
                blockStart = lineStart;
            }
            else if (previousLineBlank || !ContinuesLine(text, lineStart, lineEnd))
            {
                yield return (blockStart, lineStart);
                blockStart = lineStart;
            }

            previousLineBlank = blank;
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (blockStart >= 0)
        {
            yield return (blockStart, text.Length);
        }
    }

    private static bool ContinuesLine(string text, int lineStart, int lineEnd)
    {
        var first = lineStart;
        while (first < lineEnd && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        return first < lineEnd && char.IsAsciiLetterLower(text[first]);
    }
}
