namespace DiploAssistant.Core.Answering.Citations;

/// <summary>Answer text whose every <c>[n]</c> marker has exactly one of <see cref="Citations"/>, all of them used.</summary>
/// <param name="Text">The text with markers renumbered 1..k in order of first use.</param>
/// <param name="Citations">The cited sources, numbered 1..k.</param>
/// <param name="RemovedMarkers">How many marker numbers pointed at no source and were removed.</param>
public sealed record CitedAnswerText(string Text, IReadOnlyList<Citation> Citations, int RemovedMarkers)
{
    /// <summary>True when at least one valid citation remains (an answer without one must not be shown as grounded).</summary>
    public bool HasCitations => Citations.Count > 0;
}
