namespace DiploAssistant.Core.Text;

/// <summary>One sentence of a text and where it starts in that text.</summary>
/// <param name="Text">The sentence exactly as it appears in the source text (no surrounding whitespace).</param>
/// <param name="Start">Character offset of the first character in the source text.</param>
public sealed record Sentence(string Text, int Start)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Text.Length;
}
