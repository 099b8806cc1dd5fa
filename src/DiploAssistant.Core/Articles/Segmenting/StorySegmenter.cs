using DiploAssistant.Core.Articles.Cleaning;

namespace DiploAssistant.Core.Articles.Segmenting;

/// <summary>Splits a cleaned page into stories: the main story, then, after a "related articles" heading, each paragraph (or headline + paragraph) as a story of its own.</summary>
internal sealed class StorySegmenter
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
        foreach (var block in blocks.Skip(related + 1))
        {
            switch (block.Kind)
            {
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

    private static string Join(IEnumerable<TextBlock> blocks) =>
        string.Join("\n\n", blocks.Where(b => b.Kind is LineKind.Text or LineKind.Heading).Select(b => b.Text));
}
