namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>One non-empty line of a page while it is being cleaned; rules drop it (with a reason) or rewrite it.</summary>
internal sealed class PageLine(string text, int paragraph)
{
    public string Text { get; set; } = text;

    /// <summary>Index of the blank-line-separated paragraph the line belongs to.</summary>
    public int Paragraph { get; } = paragraph;

    public LineKind Kind { get; set; } = LineKind.Text;

    /// <summary>Why the line was dropped (for debugging and tests), or null when it is kept.</summary>
    public string? DropReason { get; private set; }

    public bool IsKept => DropReason is null;

    public void Drop(string reason) => DropReason ??= reason;
}
