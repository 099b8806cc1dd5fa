namespace DiploAssistant.Web.Articles;

/// <summary>
/// Finds a citation's quote in the article text, whatever the whitespace; a quote the link shortened (it ends with "…")
/// is marked on to the end of its sentence.
/// </summary>
internal static class QuoteLocator
{
    private static readonly char[] SentenceEnds = ['.', '?', '!', '。', '"', '”'];

    /// <summary>The span of the quote in <paramref name="text"/>, or null when it is not there.</summary>
    public static (int Start, int Length)? Find(string text, string? quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = (quote ?? string.Empty).Trim();
        var shortened = value.EndsWith('…');
        var words = value.TrimEnd('…').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        // Collapse the text's whitespace runs to one space, remembering where each kept character was.
        var collapsed = new System.Text.StringBuilder(text.Length);
        var positions = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (collapsed.Length > 0 && collapsed[^1] == ' ')
                {
                    continue;
                }

                collapsed.Append(' ');
            }
            else
            {
                collapsed.Append(text[i]);
            }

            positions.Add(i);
        }

        var needle = string.Join(' ', words);
        var at = collapsed.ToString().IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = positions[at];
        var end = positions[at + needle.Length - 1] + 1;
        if (shortened && end < text.Length && Array.IndexOf(SentenceEnds, text[end - 1]) < 0)
        {
            var next = text.IndexOfAny(SentenceEnds, end);
            end = next < 0 ? text.Length : next + 1;
        }

        return (start, end - start);
    }
}
