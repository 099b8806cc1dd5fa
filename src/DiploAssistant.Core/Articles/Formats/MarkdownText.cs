using System.Text;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Formats;

/// <summary>Markdown to plain text: keeps the words, drops the syntax (headings marks, emphasis, links' targets, images, code fences, tables' pipes).</summary>
internal static partial class MarkdownText
{
    /// <summary>Plain text and the first level-one heading, which is usually the title.</summary>
    public static (string Text, string? Title) ToPlainText(string markdown)
    {
        string? title = null;
        var builder = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || Rule().IsMatch(line) || TableSeparator().IsMatch(line))
            {
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                line = heading.Groups[2].Value;
                if (title is null && heading.Groups[1].Length == 1)
                {
                    title = Inline(line);
                }
            }

            line = ListMarker().Replace(line, string.Empty);
            line = Quote().Replace(line, string.Empty);
            builder.Append(Inline(line.Replace('|', ' '))).Append('\n');
        }

        return (builder.ToString(), title);
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, string.Empty);
        line = Link().Replace(line, "$1");
        line = HtmlTag().Replace(line, string.Empty);
        line = Emphasis().Replace(line, "$2");
        return line.Replace("`", string.Empty, StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"^\s*(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*(?:>\s?)+")]
    private static partial Regex Quote();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();
}
