using System.Text;

namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>Whether a correct choice text appears in an answer, as whole words, ignoring case, quotes and punctuation.</summary>
internal static class AnswerText
{
    public static bool Contains(string answer, IEnumerable<string> expected)
    {
        var haystack = " " + Normalize(answer) + " ";
        return expected.Select(Normalize).Any(e => e.Length > 0 && haystack.Contains(" " + e + " ", StringComparison.Ordinal));
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
