using DiploAssistant.Core.Articles.Cleaning;

namespace DiploAssistant.Core.Articles.Segmenting;

/// <summary>
/// Splits a cleaned page into stories: the main story, then, after a "related articles" heading, each paragraph (or
/// headline + paragraph) as a story of its own, titled with its own headline where the page gives one (even one
/// written as a sentence); a story with none is titled later with its lead sentence.
/// </summary>
internal sealed partial class StorySegmenter
{
    public IReadOnlyList<Story> Split(CleanedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var blocks = page.Blocks;
        var related = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == LineKind.RelatedHeading && blocks.Take(i).Any(b => b.Kind == LineKind.Text))
            {
                related = i;
                break;
            }
        }

        if (related < 0)
        {
            return [new Story(page.Title, Join(blocks))];
        }

        var stories = new List<Story> { new(page.Title, Join(blocks.Take(related))) };
        string? pendingHeadline = null;
        for (var i = related + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case LineKind.Text when pendingHeadline is null && i + 1 < blocks.Count && IsHeadlineSentence(block.Text, blocks[i + 1]):
                    // "EU, Egypt sign €7.4bn deal." or "Will Seoul and Tokyo talk again?": a headline written as a sentence.
                    pendingHeadline = block.Text;
                    break;
                case LineKind.Text:
                    stories.Add(new Story(pendingHeadline, block.Text));
                    pendingHeadline = null;
                    break;
                case LineKind.Heading:
                    pendingHeadline = block.Text;
                    break;
                default:
                    pendingHeadline = null;
                    break;
            }
        }

        return stories;
    }

    /// <summary>
    /// One short sentence standing alone right before a paragraph at least twice its length: the next story's headline,
    /// though it ends with a period or a question mark, not a story of its own.
    /// </summary>
    private static bool IsHeadlineSentence(string text, TextBlock next) =>
        next.Kind == LineKind.Text
        && next.Text.Length >= 2 * text.Length
        && text.Length <= MaxHeadlineCharacters
        && LineShape.CountTokens(text) <= MaxHeadlineTokens
        && !text.Contains('\n', StringComparison.Ordinal)
        && InnerSentenceEnd().Matches(text).Count == 0;

    private const int MaxHeadlineCharacters = 120;
    private const int MaxHeadlineTokens = 14;

    // A sentence end before the last one ("… talks. Officials said …"): then it is more than one sentence.
    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?。](?:[""'”’)\]]*)\s+\S")]
    private static partial System.Text.RegularExpressions.Regex InnerSentenceEnd();

    private static string Join(IEnumerable<TextBlock> blocks) =>
        string.Join("\n\n", blocks.Where(b => b.Kind is LineKind.Text or LineKind.Heading).Select(b => b.Text));
}
