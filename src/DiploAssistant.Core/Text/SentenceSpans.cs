namespace DiploAssistant.Core.Text;

/// <summary>Splits a passage into sentences at '.', '?', '!' before white space or the end, and at line breaks.</summary>
internal static class SentenceSpans
{
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' || (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                if (i + 1 - start > 1)
                {
                    yield return text[start..(i + 1)];
                }

                start = i + 1;
            }
        }

        if (text.Length - start > 1)
        {
            yield return text[start..];
        }
    }
}
