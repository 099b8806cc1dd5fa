using System.Text;
using DiploAssistant.Core.Answering.Orchestration;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// Holds streamed text back while it could still be the no-answer marker, so users never see "NO_ANS…" flash by;
/// once the text cannot be the marker, everything held is released and later deltas pass straight through.
/// </summary>
internal sealed class NoAnswerHoldBack
{
    private readonly StringBuilder _held = new();
    private bool _released;

    /// <summary>The text to show for this delta (possibly empty while held back).</summary>
    public string Release(string delta)
    {
        if (_released)
        {
            return delta;
        }

        _held.Append(delta);
        var start = _held.ToString().TrimStart();
        if (start.Length == 0 || KernelAnswerOrchestrator.NoAnswerMarker.StartsWith(start, StringComparison.Ordinal)
            || start.StartsWith(KernelAnswerOrchestrator.NoAnswerMarker, StringComparison.Ordinal))
        {
            return "";
        }

        _released = true;
        return _held.ToString();
    }
}
