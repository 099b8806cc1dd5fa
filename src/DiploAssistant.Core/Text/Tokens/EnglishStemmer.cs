namespace DiploAssistant.Core.Text.Tokens;

/// <summary>A light plural stemmer: ministers → minister, talks → talk, policies → policy; leaves -ss, -us, -is alone.</summary>
internal static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetterLower(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
