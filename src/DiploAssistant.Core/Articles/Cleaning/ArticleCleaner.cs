using System.Text;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Turns scraped page text into only the story: runs the cleaning rules in order over the page's lines.</summary>
internal sealed partial class ArticleCleaner
{
    private static readonly IReadOnlySet<string> NoSharedBoilerplate = new HashSet<string>();

    private readonly IReadOnlyList<ICleaningRule> _rules =
    [
        new DateLineRule(),
        new BoilerplatePhraseRule(),
        new ContactLineRule(),
        new CaptionRule(),
        new BylineRule(),
        new HeadlineListRule(),
        new NavigationListRule(),
        new RepeatedLineRule(),
        new RelatedHeadingRule(),
        new OutletNameRule(),
        new PageEdgeRule(),
    ];

    public CleanedPage Clean(string text, IReadOnlySet<string>? sharedBoilerplate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var page = new ScrapedPage(ToLines(text), sharedBoilerplate ?? NoSharedBoilerplate);
        foreach (var rule in _rules)
        {
            rule.Apply(page);
        }

        return ToCleanedPage(page);
    }

    /// <summary>Lines of the text, normalized, with their paragraph numbers; paragraphs broken mid-sentence by the scraper are joined again.</summary>
    internal static List<PageLine> ToLines(string text)
    {
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = Normalize(raw);
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        JoinBrokenParagraphs(paragraphs);
        var lines = new List<PageLine>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            lines.AddRange(paragraphs[p].Select(l => new PageLine(l, p)));
        }

        return lines;
    }

    internal static string Normalize(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c);
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    private static void JoinBrokenParagraphs(List<List<string>> paragraphs)
    {
        for (var p = paragraphs.Count - 2; p >= 0; p--)
        {
            var tail = paragraphs[p][^1];
            var head = paragraphs[p + 1][0];
            if (!LineShape.EndsLikeSentence(tail) && LineShape.CountTokens(tail) >= 6 && ContinuationStart().IsMatch(head))
            {
                paragraphs[p][^1] = tail + " " + head;
                paragraphs[p].AddRange(paragraphs[p + 1].Skip(1));
                paragraphs.RemoveAt(p + 1);
            }
        }
    }

    private static CleanedPage ToCleanedPage(ScrapedPage page)
    {
        string? title = null;
        var blocks = new List<TextBlock>();
        PageLine? previous = null;
        foreach (var line in page.Kept)
        {
            if (line.Kind == LineKind.Title)
            {
                title ??= line.Text;
            }
            else if (line.Kind == LineKind.Text && previous is { Kind: LineKind.Text } && previous.Paragraph == line.Paragraph && blocks.Count > 0)
            {
                blocks[^1] = blocks[^1] with { Text = blocks[^1].Text + " " + line.Text };
            }
            else
            {
                blocks.Add(new TextBlock(line.Kind, line.Text));
            }

            previous = line;
        }

        var dropped = page.Lines.Where(l => !l.IsKept).Select(l => (l.Text, l.DropReason!)).ToList();
        return new CleanedPage(title, blocks, page.Facts, dropped);
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[a-z]|\d+\s+[a-z])")]
    private static partial Regex ContinuationStart();
}
