namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>The result of cleaning one page: its headline (when it has one), the kept blocks in order, facts for metadata, and what was dropped and why.</summary>
internal sealed record CleanedPage(
    string? Title,
    IReadOnlyList<TextBlock> Blocks,
    PageFacts Facts,
    IReadOnlyList<(string Text, string Reason)> Dropped)
{
    public bool HasText => Blocks.Any(b => b.Kind == LineKind.Text);

    /// <summary>The kept body as article text: paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Blocks.Where(b => b.Kind != LineKind.RelatedHeading).Select(b => b.Text));
}
